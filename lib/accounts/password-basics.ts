// The password rules cheap enough to run in the browser as well: length, and not the email's name.
// Whether a password is easy to guess needs zxcvbn's dictionaries (about 1 MB of JavaScript), so
// that check runs on the server only (password-rules.ts) and its answer reaches the form as a field error.
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./codes";

export type BasicPasswordProblem = "password_too_short" | "password_too_long" | "password_like_email";

/** Why a password is refused by the basic rules, or null. Lengths count characters (code points), not bytes. */
export function basicPasswordProblem(password: string, email?: string): BasicPasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "password_too_short";
  if (length > PASSWORD_MAX_LENGTH) return "password_too_long";
  const lower = password.toLowerCase();
  const local = email?.split("@")[0]?.toLowerCase();
  if (email && (lower === email.toLowerCase() || (local && local.length >= 4 && lower.includes(local)))) return "password_like_email";
  return null;
}
