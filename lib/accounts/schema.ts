// The accounts domain's input schemas, defined once and used by the forms (in the browser), the
// server actions and the API routes. Custom rules carry a message key from the `validation`
// namespace of the message catalogues; the forms and lib/i18n/validation.ts translate them.
import { z } from "../zod";
import { LOCALES } from "../i18n/routing";
import { EDUCATION_LEVELS, TALENT_LEVELS, TOKEN_LIFETIMES_DAYS } from "./codes";
import { basicPasswordProblem } from "./password-basics";
import { hasControlCharacter, looksLikeLink, withoutInvalidCharacter } from "../text";
import { emailSchema, passwordInput } from "../auth/schema";
import { BUREAU_ROLES } from "../auth/roles";
import { blankToNull, idSchema, phoneSchema } from "../forms/schemas";


/** A person's name, as typed: one line, and nothing a mail client would make a link of (it is used in emails). */
const nameSchema = z
  .string({ error: "name_required" })
  .trim()
  .min(1, { error: "name_required" })
  .max(100, { error: "name_too_long" })
  .refine(...withoutInvalidCharacter)
  .refine((name) => !hasControlCharacter(name), { error: "name_invalid_character" })
  .refine((name) => !looksLikeLink(name), { error: "name_link" });

/**
 * A new password, checked against the basic rules (and the account's email when known). Whether it
 * is easy to guess is checked by the mutations on the server (password-rules.ts), which keeps
 * zxcvbn's dictionaries out of the browser.
 */
const newPassword = z.string({ error: "password_required" }).superRefine((password, ctx) => {
  const problem = basicPasswordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const withEmailRule = <T extends { password: string; email: string }>(value: T, ctx: z.RefinementCtx) => {
  if (basicPasswordProblem(value.password, value.email) === "password_like_email") {
    ctx.addIssue({ code: "custom", message: "password_like_email", path: ["password"] });
  }
};

const localeSchema = z.enum(LOCALES, { error: "invalid_choice" });

export const signUpSchema = z
  .object({
    email: emailSchema,
    name: nameSchema,
    password: newPassword,
    locale: localeSchema,
    consent: z.literal(true, { error: "consent_required" }),
  })
  .superRefine(withEmailRule);
export type SignUpInput = z.input<typeof signUpSchema>;

export const requestResetSchema = z.object({ email: emailSchema });

/** The secret of an emailed link, as the link's page posts it back. */
const linkToken = z.string({ error: "link_invalid" }).min(10, { error: "link_invalid" }).max(200, { error: "link_invalid" });
export const redeemLinkSchema = z.object({ token: linkToken });

export const resetPasswordSchema = z.object({
  token: linkToken,
  password: newPassword,
});

export const changePasswordSchema = z.object({ currentPassword: passwordInput, newPassword: newPassword });

export const changeEmailSchema = z.object({ newEmail: emailSchema, currentPassword: passwordInput });


export const profileSchema = z.object({
  name: nameSchema,
  phone: phoneSchema,
  education: z.preprocess(blankToNull, z.enum(EDUCATION_LEVELS, { error: "invalid_choice" }).nullable()),
  employer: z.preprocess(blankToNull, z.string({ error: "text_too_long" }).trim().max(200, { error: "text_too_long" }).refine(...withoutInvalidCharacter).nullable()),
  yearsExperience: z.preprocess(
    (value) => {
      const blank = blankToNull(value);
      return typeof blank === "string" && /^\s*\d+\s*$/.test(blank) ? Number(blank) : blank;
    },
    z.number({ error: "years_invalid" }).int({ error: "years_invalid" }).min(0, { error: "years_invalid" }).max(70, { error: "years_invalid" }).nullable(),
  ),
  talentLevel: z.preprocess(blankToNull, z.enum(TALENT_LEVELS, { error: "invalid_choice" }).nullable()),
  locale: localeSchema,
});
export type ProfileInput = z.input<typeof profileSchema>;
export type Profile = z.output<typeof profileSchema>;

export const createTokenSchema = z.object({
  name: z.string({ error: "token_name_required" }).trim().min(1, { error: "token_name_required" }).max(60, { error: "text_too_long" }).refine(...withoutInvalidCharacter),
  expiresInDays: z.coerce
    .number({ error: "invalid_choice" })
    .refine((days) => (TOKEN_LIFETIMES_DAYS as readonly number[]).includes(days), { message: "invalid_choice" }),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({ tokenId: idSchema });

export const deleteAccountSchema = z.object({
  password: passwordInput,
  understand: z.boolean({ error: "understand_required" }).refine((yes) => yes, { error: "understand_required" }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

export const accountDisabledSchema = z.object({ userId: idSchema, disabled: z.boolean({ error: "invalid_choice" }) });

/** A bureau role to grant, or none ("" from the list's empty option) to revoke it. */
export const bureauRoleSchema = z.object({
  userId: idSchema,
  role: z.preprocess(blankToNull, z.enum(BUREAU_ROLES, { error: "invalid_choice" }).nullable()),
});
