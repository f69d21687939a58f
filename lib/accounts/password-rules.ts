// The rules a new password must pass, shared by the forms (in the browser) and the server.
import { COMMON_PASSWORDS } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./codes";

export type PasswordProblem = "password_too_short" | "password_too_long" | "password_common" | "password_like_email";

/** Why a password is refused, or null. Lengths count characters (code points), not bytes. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "password_too_short";
  if (length > PASSWORD_MAX_LENGTH) return "password_too_long";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/u.test(password)) return "password_common";
  const local = email?.split("@")[0]?.toLowerCase();
  if (email && (lower === email.toLowerCase() || (local && local.length >= 4 && lower.includes(local)))) return "password_like_email";
  return null;
}
