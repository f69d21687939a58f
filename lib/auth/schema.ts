// Inputs of the identity layer: the email address that names an account and the password that
// proves it, at sign-in. Account forms build on these (lib/accounts/schema.ts). Custom rules carry
// a message key from the `validation` namespace.
import { z } from "../zod";

export const emailSchema = z
  .string({ error: "email_invalid" })
  .trim()
  .toLowerCase()
  .max(254, { error: "email_invalid" })
  .pipe(z.email({ error: "email_invalid" }));

/** A password to check: anything non-empty (the rules for new passwords are lib/accounts/password-rules.ts). */
export const passwordInput = z.string({ error: "password_required" }).min(1, { error: "password_required" }).max(1024, { error: "password_too_long" });

export const signInSchema = z.object({ email: emailSchema, password: passwordInput });
