// Accounts for integration tests, made the way the portal makes them (lib/accounts/mutations).
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { hashPassword } from "@/lib/auth/password";
import { PRIVACY_NOTICE_VERSION } from "@/lib/accounts/codes";
import { findSessionUser } from "@/lib/auth/queries";
import { createApiToken } from "@/lib/accounts/mutations/profile";
import type { Actor } from "@/lib/auth/policy";
import type { QuestionSet } from "@/lib/enrollment/questions";
import { publishQuestionSet } from "@/lib/enrollment/mutations/question-sets";
import type { RequestContext } from "@/lib/auth/request";
import { testDb, uniqueToken } from "./factories";

export const PASSWORD = "correct horse battery";

/** A verified account with PASSWORD, and what the session layer would make of it. */
export async function makeUser(overrides: Partial<{ email: string; locale: string; bureauRole: string | null; verified: boolean }> = {}) {
  const email = overrides.email ?? `${uniqueToken("user")}@example.com`;
  const now = new Date();
  const user = await testDb.user.create({
    data: {
      email, name: "测试用户", passwordHash: await hashPassword(PASSWORD), locale: overrides.locale ?? "zh-CN",
      emailVerifiedAt: overrides.verified === false ? null : now, bureauRole: overrides.bureauRole ?? null,
      consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION,
    },
  });
  return user;
}

export async function actorOf(userId: string, via: Actor["via"] = "session"): Promise<Actor> {
  const u = (await findSessionUser(userId))!;
  return {
    id: u.id, email: u.email, name: u.name, locale: u.locale, emailVerified: u.emailVerifiedAt !== null,
    bureauRole: u.bureauRole as Actor["bureauRole"],
    memberships: u.memberships.map((m) => ({ institutionId: m.institutionId, institutionSlug: m.institution.slug, role: m.role as "owner" })),
    via,
  };
}

/** A session token as next-auth would issue it at sign-in (id, session version and a new session id only). */
export async function sessionTokenFor(userId: string, sessionVersion: number, sessionId = randomUUID()) {
  return encode({ token: { sub: userId, sv: sessionVersion, sid: sessionId }, secret: process.env.NEXTAUTH_SECRET! });
}

/** A personal API token made as the portal makes them, for tests about something else: throws when the account is at its limit. */
export async function makeApiToken(actor: Actor, input: { name: string; expiresInDays: number }, context: RequestContext) {
  const created = await createApiToken(actor, input, context);
  if (created.status !== "created") throw new Error(`no token: the account holds ${created.limit} already`);
  return created;
}

/** A fresh address for the throttles, so tests do not share counters. */
export const freshIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** Publishes a programme's questions as a bureau admin (who may edit any institution), for tests about something else; the version. */
export async function publishQuestionsAsAdmin(programmeId: string, set: QuestionSet): Promise<number> {
  const admin = await actorOf((await makeUser({ bureauRole: "admin" })).id);
  const result = await publishQuestionSet(admin, programmeId, set);
  if (result.status === "not-found") throw new Error("programme not found");
  return result.version;
}
