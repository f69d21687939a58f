"use server";
// Server actions of the accounts domain, through the one pipeline (lib/forms/server-action.ts):
// each parses with the shared schema, calls the mutations and names its refusals by message key.
import { serverAction, refuse } from "../forms/server-action";
import { noInputSchema } from "../forms/schemas";
import {
  accountDisabledSchema, bureauRoleSchema, changeEmailSchema, changePasswordSchema, createTokenSchema,
  profileSchema, redeemLinkSchema, requestResetSchema, resetPasswordSchema, revokeTokenSchema, signUpSchema,
} from "./schema";
import { changePassword, resetPassword, signUp } from "./mutations/credentials";
import { requestPasswordReset, resendVerification, verifyEmail } from "./mutations/links";
import {
  confirmEmailChange, createApiToken, requestEmailChange, revokeApiToken, signOutEverywhere, updateProfile,
} from "./mutations/profile";
import { setAccountDisabled, setBureauRole } from "./mutations/admin";

const THROTTLED = "auth.throttled";
/** Password checks are throttled like sign-in, for 15 minutes. */
const PASSWORD_THROTTLED = "auth.signIn.errors.throttled";
const WRONG_PASSWORD = "account.wrongPassword";

export const signUpAction = serverAction({ name: "sign-up", schema: signUpSchema, policy: null }, async (input, { request }) => {
  const result = await signUp(input, request);
  if (result.status === "throttled") return refuse(THROTTLED);
  if (result.status === "rejected") return refuse(`validation.${result.problem}`, "password");
  return undefined;
});

export const requestResetAction = serverAction({ name: "request-reset", schema: requestResetSchema, policy: null }, async (input, { request }) => {
  const result = await requestPasswordReset(input.email, request);
  return result.status === "throttled" ? refuse(THROTTLED) : undefined;
});

export const resetPasswordAction = serverAction({ name: "reset-password", schema: resetPasswordSchema, policy: null }, async (input, { request }) => {
  const result = await resetPassword(input, request);
  if (result.status === "invalid-link") return refuse("auth.reset.invalid");
  if (result.status === "rejected") return refuse(`validation.${result.problem}`, "password");
  return undefined;
});

export const verifyEmailAction = serverAction({ name: "verify-email", schema: redeemLinkSchema, policy: null }, async ({ token }) =>
  (await verifyEmail(token)) === "verified" ? undefined : refuse("validation.link_invalid"));

export const confirmEmailAction = serverAction({ name: "confirm-email", schema: redeemLinkSchema, policy: null }, async ({ token }) =>
  (await confirmEmailChange(token)) === "changed" ? undefined : refuse("validation.link_invalid"));

export const resendVerificationAction = serverAction({ name: "resend-verification", schema: noInputSchema, policy: "account.manage" }, async (_, { actor }) =>
  (await resendVerification(actor)) === "throttled" ? refuse(THROTTLED) : undefined);

export const updateProfileAction = serverAction({ name: "update-profile", schema: profileSchema, policy: "account.manage" }, async (input, { actor }) => {
  await updateProfile(actor, input);
});

export const changePasswordAction = serverAction({ name: "change-password", schema: changePasswordSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const result = await changePassword(actor, input, request);
  if (result.status === "wrong-password") return refuse(WRONG_PASSWORD, "currentPassword");
  if (result.status === "throttled") return refuse(PASSWORD_THROTTLED);
  if (result.status === "rejected") return refuse(`validation.${result.problem}`, "newPassword");
  return undefined;
});

export const changeEmailAction = serverAction({ name: "change-email", schema: changeEmailSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const result = await requestEmailChange(actor, input, request);
  if (result === "wrong-password") return refuse(WRONG_PASSWORD, "currentPassword");
  if (result === "throttled") return refuse(THROTTLED);
  if (result === "same-email") return refuse("account.security.sameEmail", "newEmail");
  return undefined;
});

export const createTokenAction = serverAction({ name: "create-token", schema: createTokenSchema, policy: "account.tokens.create" }, async (input, { actor, request }) => {
  const created = await createApiToken(actor, input, request);
  if (created.status === "too-many") return refuse("validation.token_limit", "name", { limit: created.limit });
  return { name: created.name, token: created.token };
});

export const revokeTokenAction = serverAction({ name: "revoke-token", schema: revokeTokenSchema, policy: "account.manage" }, async ({ tokenId }, { actor, request }) =>
  (await revokeApiToken(actor, tokenId, request)) === "not-found" ? refuse("admin.none") : undefined);

export const signOutEverywhereAction = serverAction({ name: "sign-out-everywhere", schema: noInputSchema, policy: "account.manage" }, async (_, { actor, request }) => {
  await signOutEverywhere(actor, request);
});

const ADMIN_REFUSALS = { "not-found": "admin.users.notFound", self: "admin.users.self" } as const;

export const setAccountDisabledAction = serverAction({ name: "set-account-disabled", schema: accountDisabledSchema, policy: "admin.users.manage" }, async (input, { actor, request }) => {
  const outcome = await setAccountDisabled(actor, input.userId, input.disabled, request);
  return outcome === "done" ? undefined : refuse(ADMIN_REFUSALS[outcome]);
});

export const setBureauRoleAction = serverAction({ name: "set-bureau-role", schema: bureauRoleSchema, policy: "admin.users.manage" }, async (input, { actor, request }) => {
  const outcome = await setBureauRole(actor, input.userId, input.role, request);
  return outcome === "done" ? undefined : refuse(ADMIN_REFUSALS[outcome]);
});
