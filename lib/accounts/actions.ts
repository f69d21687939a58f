"use server";
// Server actions of the accounts domain: thin callers that parse input with the shared schemas,
// ask the policy, call the mutations and put the outcome into words. Next.js refuses actions
// posted from other origins.
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { can, type Action, type Actor } from "../auth/policy";
import { getActor } from "../auth/session";
import { clientIp } from "../auth/request";
import { fieldMessages, parseIn } from "../i18n/validation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/routing";
import type { ActionResult } from "../forms/result";
import { BUREAU_ROLES, type BureauRole } from "./codes";
import {
  changeEmailSchema, changePasswordSchema, createTokenSchema, profileSchema, requestResetSchema, resetPasswordSchema, signUpSchema,
} from "./schema";
import * as accounts from "./mutations";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);
const context = async () => ({ ip: clientIp(await headers()) });
const invalid = (error: z.ZodError, locale: Locale): ActionResult<never> => ({ ok: false, fieldErrors: fieldMessages(error, locale) });
const formError = (message: string): ActionResult<never> => ({ ok: false, fieldErrors: {}, formError: message });
const done = <T = undefined>(data?: T): ActionResult<T> => ({ ok: true, data: data as T });

/** The signed-in actor if the policy allows `action`, else the form error to answer with. */
async function authorize(action: Action, locale: Locale): Promise<Actor | ActionResult<never>> {
  const actor = await getActor();
  if (actor && can(actor, action)) return actor;
  const t = await getTranslations({ locale, namespace: "admin.forbidden" });
  return formError(t("text"));
}
const refused = (value: Actor | ActionResult<never>): value is ActionResult<never> => "ok" in value;

export async function signUpAction(input: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const parsed = parseIn(signUpSchema, input, locale);
  if (!parsed.success) return invalid(parsed.error, locale);
  const result = await accounts.signUp(parsed.data, await context());
  const t = await getTranslations({ locale });
  if (result.status === "throttled") return formError(t("auth.throttled"));
  if (result.status === "rejected") return { ok: false, fieldErrors: { password: t(`validation.${result.problem}`) } };
  return done();
}

export async function requestResetAction(input: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const parsed = parseIn(requestResetSchema, input, locale);
  if (!parsed.success) return invalid(parsed.error, locale);
  const result = await accounts.requestPasswordReset(parsed.data.email, await context());
  if (result.status === "throttled") return formError((await getTranslations({ locale, namespace: "auth" }))("throttled"));
  return done();
}

export async function resetPasswordAction(input: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const parsed = parseIn(resetPasswordSchema, input, locale);
  if (!parsed.success) return invalid(parsed.error, locale);
  const result = await accounts.resetPassword(parsed.data, await context());
  const t = await getTranslations({ locale });
  if (result.status === "invalid-link") return formError(t("auth.reset.invalid"));
  if (result.status === "rejected") return { ok: false, fieldErrors: { password: t(`validation.${result.problem}`) } };
  return done();
}

export async function verifyEmailAction(token: unknown): Promise<ActionResult> {
  const ok = typeof token === "string" && token.length < 200 && (await accounts.verifyEmail(token)) === "verified";
  return ok ? done() : { ok: false, fieldErrors: {} };
}

export async function confirmEmailAction(token: unknown): Promise<ActionResult> {
  const ok = typeof token === "string" && token.length < 200 && (await accounts.confirmEmailChange(token)) === "changed";
  return ok ? done() : { ok: false, fieldErrors: {} };
}

export async function resendVerificationAction(requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("account.manage", locale);
  if (refused(actor)) return actor;
  const result = await accounts.resendVerification(actor);
  if (result === "throttled") return formError((await getTranslations({ locale, namespace: "auth" }))("throttled"));
  return done();
}

export async function updateProfileAction(input: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("account.manage", locale);
  if (refused(actor)) return actor;
  const parsed = parseIn(profileSchema, input, locale);
  if (!parsed.success) return invalid(parsed.error, locale);
  await accounts.updateProfile(actor, parsed.data);
  return done();
}

export async function changePasswordAction(input: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("account.manage", locale);
  if (refused(actor)) return actor;
  const parsed = parseIn(changePasswordSchema, input, locale);
  if (!parsed.success) return invalid(parsed.error, locale);
  const result = await accounts.changePassword(actor, parsed.data, await context());
  const t = await getTranslations({ locale });
  if (result.status === "wrong-password") return { ok: false, fieldErrors: { currentPassword: t("account.wrongPassword") } };
  if (result.status === "throttled") return formError(t("auth.signIn.errors.throttled"));
  if (result.status === "rejected") return { ok: false, fieldErrors: { newPassword: t(`validation.${result.problem}`) } };
  return done();
}

export async function changeEmailAction(input: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("account.manage", locale);
  if (refused(actor)) return actor;
  const parsed = parseIn(changeEmailSchema, input, locale);
  if (!parsed.success) return invalid(parsed.error, locale);
  const result = await accounts.requestEmailChange(actor, parsed.data, await context());
  const t = await getTranslations({ locale, namespace: "account" });
  if (result === "wrong-password") return { ok: false, fieldErrors: { currentPassword: t("wrongPassword") } };
  if (result === "throttled") return formError((await getTranslations({ locale, namespace: "auth" }))("throttled"));
  if (result === "same-email") return { ok: false, fieldErrors: { newEmail: t("security.sameEmail") } };
  return done();
}

export async function createTokenAction(input: unknown, requestedLocale: unknown): Promise<ActionResult<{ name: string; token: string }>> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("account.tokens.create", locale);
  if (refused(actor)) return actor;
  const parsed = parseIn(createTokenSchema, input, locale);
  if (!parsed.success) return invalid(parsed.error, locale);
  const created = await accounts.createApiToken(actor, parsed.data, await context());
  return done({ name: created.name, token: created.token });
}

export async function revokeTokenAction(tokenId: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("account.manage", locale);
  if (refused(actor)) return actor;
  if (typeof tokenId !== "string" || (await accounts.revokeApiToken(actor, tokenId, await context())) === "not-found") {
    return formError((await getTranslations({ locale, namespace: "admin" }))("none"));
  }
  return done();
}

export async function deleteAccountAction(input: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("account.manage", locale);
  if (refused(actor)) return actor;
  const t = await getTranslations({ locale });
  const value = (typeof input === "object" && input !== null ? input : {}) as { password?: unknown; understand?: unknown };
  const fieldErrors: Record<string, string> = {};
  if (typeof value.password !== "string" || !value.password) fieldErrors.password = t("validation.password_required");
  if (value.understand !== true) fieldErrors.understand = t("account.data.understandRequired");
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const result = await accounts.deleteAccount(actor, value.password as string, await context());
  if (result === "wrong-password") return { ok: false, fieldErrors: { password: t("account.wrongPassword") } };
  if (result === "throttled") return formError(t("auth.signIn.errors.throttled"));
  if (result === "last-admin") return formError(t("account.data.lastAdmin"));
  return done();
}

export async function signOutEverywhereAction(requestedLocale: unknown): Promise<ActionResult> {
  const actor = await authorize("account.manage", localeOf(requestedLocale));
  if (refused(actor)) return actor;
  await accounts.signOutEverywhere(actor);
  return done();
}

export async function setAccountDisabledAction(userId: unknown, disabled: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("admin.users.manage", locale);
  if (refused(actor)) return actor;
  if (typeof userId !== "string" || typeof disabled !== "boolean") return formError((await getTranslations({ locale, namespace: "admin.users" }))("notFound"));
  return adminOutcome(await accounts.setAccountDisabled(actor, userId, disabled, await context()), locale);
}

export async function setBureauRoleAction(userId: unknown, role: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const actor = await authorize("admin.users.manage", locale);
  if (refused(actor)) return actor;
  const validRole = role === "" || role === null ? null : (BUREAU_ROLES as readonly unknown[]).includes(role) ? (role as BureauRole) : undefined;
  if (typeof userId !== "string" || validRole === undefined) return formError((await getTranslations({ locale, namespace: "validation" }))("invalid_choice"));
  return adminOutcome(await accounts.setBureauRole(actor, userId, validRole, await context()), locale);
}

async function adminOutcome(outcome: "done" | "not-found" | "self", locale: Locale): Promise<ActionResult> {
  if (outcome === "done") return done();
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return formError(t(outcome === "self" ? "self" : "notFound"));
}
