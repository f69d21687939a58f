import { afterAll, describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { runScheduledJobs } from "@/lib/scheduler";
import { findAccountData } from "@/lib/accounts/queries";
import { checkCredentials } from "@/lib/auth/mutations";
import { changePassword, resetPassword, signUp } from "@/lib/accounts/mutations/credentials";
import { requestPasswordReset, verifyEmail } from "@/lib/accounts/mutations/links";
import { createApiToken, recordDataExport, revokeApiToken, signOutEverywhere, updateProfile } from "@/lib/accounts/mutations/profile";
import { setAccountDisabled, setBureauRole } from "@/lib/accounts/mutations/admin";
import { closeAccount } from "@/lib/privacy/mutations";
import { secretHash } from "@/lib/auth/random-secrets";
import { DEMO_PASSWORD } from "@/lib/accounts/codes";
import type { PasswordProblem } from "@/lib/accounts/password-rules";
import { recordAudit } from "@/lib/audit/mutations";
import { emailKey } from "@/lib/auth/secret";
import { actorFromSessionToken, getApiActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { testDb, uniqueToken } from "../support/factories";
import { PASSWORD, actorOf, freshIp, makeApiToken, makeUser, sessionTokenFor } from "../support/accounts";

afterAll(() => testDb.$disconnect());

/** Waits until `condition` holds, checking again as soon as each check ends (no fixed sleeps; the test timeout bounds it). */
async function waitFor(condition: () => Promise<boolean>) {
  while (!(await condition())) await new Promise((resolve) => setImmediate(resolve));
}

/** The link's token in the newest outbox message to `to` (emails are the only way links leave the portal). */
async function linkTokenSentTo(to: string, template: string) {
  const message = await testDb.outboxMessage.findFirst({ where: { to, template }, orderBy: { createdAt: "desc" } });
  const token = message?.text.match(/token=([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no ${template} link sent to ${to}`);
  return decodeURIComponent(token);
}

describe("sign-up and email verification", () => {
  it("registers an unverified account with consent on record and emails a verification link in the chosen language", async () => {
    const email = `${uniqueToken("new")}@Example.com`.toLowerCase();
    expect(await signUp({ email, name: "Ada", password: "a long enough phrase", locale: "en" }, { ip: freshIp() })).toEqual({ status: "ok" });
    const user = await testDb.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.consentVersion).toBe("2026-11");
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const message = await testDb.outboxMessage.findFirstOrThrow({ where: { to: email } });
    expect(message.subject).toBe("Please verify your email address");
    expect(message.html).toContain("Verify my email");

    const token = await linkTokenSentTo(email, "verify-email");
    expect(await verifyEmail(token)).toBe("verified");
    expect((await testDb.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
    expect(await verifyEmail(token)).toBe("invalid"); // once only
    expect(await verifyEmail("not-a-token-at-all")).toBe("invalid");
  });

  it("answers a sign-up with a registered email exactly as a new one, creates nothing, and tells the owner", async () => {
    const existing = await makeUser();
    const before = await testDb.user.count();
    expect(await signUp({ email: existing.email, name: "Someone", password: "another long phrase", locale: "en" }, { ip: freshIp() })).toEqual({ status: "ok" });
    expect(await testDb.user.count()).toBe(before);
    const sent = await testDb.outboxMessage.findFirstOrThrow({ where: { to: existing.email } });
    expect(sent.template).toBe("sign-up-existing");
    expect(sent.subject).toBe("有人尝试用您的邮箱注册"); // the owner's language, not the stranger's
  });

  it("throttles sign-ups per address, registered or not, so nobody can flood an inbox", async () => {
    const existing = await makeUser();
    const fresh = `${uniqueToken("flood")}@example.com`;
    for (const email of [existing.email, fresh]) {
      const statuses: string[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await signUp({ email, name: "x", password: "a long phrase here", locale: "en" }, { ip: freshIp() })).status);
      expect(statuses, email).toEqual(["ok", "ok", "ok", "throttled"]);
    }
    expect(await testDb.outboxMessage.count({ where: { to: existing.email, template: "sign-up-existing" } })).toBe(3);
  });

  it("refuses an expired verification link", async () => {
    const user = await makeUser({ verified: false });
    await testDb.oneTimeToken.create({ data: { userId: user.id, purpose: "verify-email", tokenHash: secretHash("expired-token-123"), expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyEmail("expired-token-123")).toBe("invalid");
  });
});

describe("sign-in", () => {
  it("gives unknown emails and wrong passwords the same answer, records both, and lets the right password in", async () => {
    const user = await makeUser();
    const unknown = `${uniqueToken("nobody")}@example.com`;
    expect(await checkCredentials({ email: unknown, password: PASSWORD }, { ip: freshIp() })).toEqual({ status: "invalid", queued: expect.any(Promise) });
    expect(await checkCredentials({ email: user.email, password: "wrong password" }, { ip: freshIp() })).toEqual({ status: "invalid", queued: expect.any(Promise) });
    expect(await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp() })).toEqual({ status: "ok", user: { id: user.id, sessionVersion: 0 }, deviceToken: expect.any(String) });
    const failures = await testDb.auditEvent.findMany({ where: { action: "auth.sign-in-failed", subjectId: { in: [user.id, emailKey(unknown)] } } });
    expect(failures.map((f) => f.subjectType).sort()).toEqual(["email", "user"]);
  });

  it("throttles per account after the configured number of attempts, known and unknown emails alike, even with the right password", async () => {
    const user = await makeUser();
    const unknown = `${uniqueToken("nobody")}@example.com`;
    const statuses = async (email: string, password: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) out.push((await checkCredentials({ email, password }, { ip: freshIp() })).status);
      return out;
    };
    const expected = ["invalid", "invalid", "invalid", "invalid", "invalid", "throttled"];
    expect(await statuses(user.email, "wrong password")).toEqual(expected);
    expect(await statuses(unknown, "wrong password")).toEqual(expected);
    expect((await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp() })).status).toBe("throttled");
  });

  it("throttles per IP across many accounts", async () => {
    const ip = freshIp();
    const statuses: string[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await checkCredentials({ email: `${uniqueToken("spray")}@example.com`, password: "guess" }, { ip })).status);
    expect(statuses.slice(0, 30).every((s) => s === "invalid")).toBe(true);
    expect(statuses[30]).toBe("throttled");
  });

  it("puts requests with no known address (bare `next start`) in no shared IP bucket, and still throttles each account", async () => {
    const statuses: string[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await checkCredentials({ email: `${uniqueToken("anon")}@example.com`, password: "guess" }, { ip: null })).status);
    expect(statuses.every((s) => s === "invalid")).toBe(true);
    const user = await makeUser();
    const own: string[] = [];
    for (let i = 0; i < 6; i++) own.push((await checkCredentials({ email: user.email, password: "wrong password" }, { ip: null })).status);
    expect(own.at(-1)).toBe("throttled");
    expect(await signUp({ email: `${uniqueToken("anon")}@example.com`, name: "x", password: "a long phrase here", locale: "en" }, { ip: null })).toEqual({ status: "ok" });
  });

  it("refuses a disabled account even with the right password, answering as for a wrong one, and tells the owner by email at most once a day", async () => {
    const user = await makeUser();
    await testDb.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const right = await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp() });
    const wrong = await checkCredentials({ email: user.email, password: "wrong password" }, { ip: freshIp() });
    expect(right).toEqual({ status: "invalid", queued: expect.any(Promise) });
    expect(wrong).toEqual(right);
    await Promise.all([right, wrong].map((r) => (r.status === "invalid" ? r.queued : undefined)));
    const sent = async () => (await testDb.outboxMessage.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" } })).map((m) => m.subject);
    // Only the right password earns the email, in the owner's language.
    expect(await sent()).toEqual(["您的账户已被停用"]);
    const again = await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp() });
    if (again.status === "invalid") await again.queued;
    expect(again.status).toBe("invalid");
    expect(await sent()).toHaveLength(1);
    const nextDay = await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp(), now: new Date(Date.now() + 25 * 3_600_000) });
    if (nextDay.status === "invalid") await nextDay.queued;
    expect(await sent()).toEqual(["您的账户已被停用", "您的账户已被停用"]);
    const reasons = (await testDb.auditEvent.findMany({ where: { action: "auth.sign-in-failed", subjectId: user.id }, orderBy: { at: "asc" } })).map((e) => (e.data as { reason: string }).reason);
    expect(reasons).toEqual(["disabled", "invalid", "disabled", "disabled"]); // the bureau still sees why
  });

  it("counts only failures per IP: more successful sign-ins from one address than its limit all succeed, and failures are still throttled", async () => {
    const ip = freshIp();
    const users = [await makeUser(), await makeUser()];
    const statuses: string[] = [];
    for (let i = 0; i < env.RATE_SIGN_IN_PER_IP + 5; i++) statuses.push((await checkCredentials({ email: users[i % 2].email, password: PASSWORD }, { ip })).status);
    expect(statuses.every((s) => s === "ok")).toBe(true);
    const failures: string[] = [];
    for (let i = 0; i <= env.RATE_SIGN_IN_PER_IP; i++) failures.push((await checkCredentials({ email: `${uniqueToken("spray")}@example.com`, password: "guess" }, { ip })).status);
    expect(failures.slice(0, -1).every((s) => s === "invalid")).toBe(true);
    expect(failures.at(-1)).toBe("throttled");
    // Throttled for everyone on that address without a device cookie, right password or not.
    expect((await checkCredentials({ email: users[0].email, password: PASSWORD }, { ip })).status).toBe("throttled");
  });

  it("counts each attempt before checking the password, so a burst of parallel guesses gets no more than the limit", async () => {
    const ip = freshIp();
    const burst = await Promise.all(Array.from({ length: env.RATE_SIGN_IN_PER_IP + 10 }, () => checkCredentials({ email: `${uniqueToken("burst")}@example.com`, password: "guess" }, { ip })));
    expect(burst.filter((r) => r.status === "invalid")).toHaveLength(env.RATE_SIGN_IN_PER_IP);
    expect(burst.filter((r) => r.status === "throttled")).toHaveLength(10);
  });

  it("answers throttled attempts with the seconds until the window ends", async () => {
    const user = await makeUser();
    const start = new Date();
    for (let i = 0; i < env.RATE_SIGN_IN_PER_ACCOUNT; i++) await checkCredentials({ email: user.email, password: "wrong password" }, { ip: freshIp(), now: start });
    expect(await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp(), now: start })).toEqual({ status: "throttled", retryAfterSeconds: 15 * 60 });
    expect(await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp(), now: new Date(start.getTime() + 10 * 60_000 + 500) })).toEqual({ status: "throttled", retryAfterSeconds: 5 * 60 });
    expect((await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp(), now: new Date(start.getTime() + 15 * 60_000) })).status).toBe("ok");
  });
});

describe("device cookies", () => {
  /** The device token a successful sign-in hands the browser. */
  async function deviceOf(email: string) {
    const result = await checkCredentials({ email, password: PASSWORD }, { ip: freshIp() });
    if (result.status !== "ok") throw new Error(`sign-in failed: ${result.status}`);
    return result.deviceToken;
  }

  it("a password reset lifts the lockout, as the throttled answer advises: the owner then signs in from a new browser", async () => {
    const owner = await makeUser();
    for (let i = 0; i <= env.RATE_SIGN_IN_PER_ACCOUNT; i++) await checkCredentials({ email: owner.email, password: "wrong password" }, { ip: freshIp() });
    expect((await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: freshIp() })).status).toBe("throttled");
    await (await requestPasswordReset(owner.email, { ip: freshIp() })).queued;
    const token = await linkTokenSentTo(owner.email, "reset-password");
    expect(await resetPassword({ token, password: "lantern orchard seventy" }, { ip: null })).toEqual({ status: "ok" });
    expect((await checkCredentials({ email: owner.email, password: "lantern orchard seventy" }, { ip: freshIp() })).status).toBe("ok");
  });

  it("keep the owner's browser signing in while a stranger's failures lock the account for everyone else", async () => {
    const owner = await makeUser();
    const device = await deviceOf(owner.email);
    const stranger = async (password: string) => (await checkCredentials({ email: owner.email, password }, { ip: freshIp() })).status;
    for (let i = 0; i < env.RATE_SIGN_IN_PER_ACCOUNT; i++) expect(await stranger("wrong password")).toBe("invalid");
    expect(await stranger("wrong password")).toBe("throttled");
    expect(await stranger(PASSWORD)).toBe("throttled");

    const fromDevice = await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: freshIp(), deviceToken: device });
    expect(fromDevice.status).toBe("ok");
    // The owner's success does not lift the lockout for strangers.
    expect(await stranger(PASSWORD)).toBe("throttled");
    // A device cookie proves nothing about another account, nor once tampered with.
    const other = await makeUser();
    const othersDevice = await deviceOf(other.email);
    expect((await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: freshIp(), deviceToken: othersDevice })).status).toBe("throttled");
    expect((await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: freshIp(), deviceToken: device.slice(0, -2) + (device.endsWith("AA") ? "BB" : "AA") })).status).toBe("throttled");
    expect((await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: freshIp(), deviceToken: othersDevice.replace(other.id, owner.id) })).status).toBe("throttled");
  });

  it("are not held back by failures from their address either, and have a limit of their own", async () => {
    const owner = await makeUser();
    const device = await deviceOf(owner.email);
    const campus = freshIp();
    for (let i = 0; i < env.RATE_SIGN_IN_PER_IP; i++) await checkCredentials({ email: `${uniqueToken("spray")}@example.com`, password: "guess" }, { ip: campus });
    expect((await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: campus })).status).toBe("throttled");
    expect((await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: campus, deviceToken: device })).status).toBe("ok");

    // Guessing with a stolen device cookie is throttled per cookie, right password or not.
    const statuses: string[] = [];
    for (let i = 0; i <= env.RATE_SIGN_IN_PER_ACCOUNT; i++) statuses.push((await checkCredentials({ email: owner.email, password: "wrong password" }, { ip: freshIp(), deviceToken: device })).status);
    expect(statuses.at(-1)).toBe("throttled");
    expect(statuses.slice(0, -1).every((s) => s === "invalid")).toBe(true);
    expect((await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: freshIp(), deviceToken: device })).status).toBe("throttled");
    // Another browser of the owner's, and strangers (none failed on this account), are unaffected.
    expect((await checkCredentials({ email: owner.email, password: PASSWORD }, { ip: freshIp() })).status).toBe("ok");
  });
});

describe("sessions", () => {
  it("end at once, everywhere, when the password changes", async () => {
    const user = await makeUser();
    const token = await sessionTokenFor(user.id, 0);
    expect((await actorFromSessionToken(token))?.id).toBe(user.id);
    const apiToken = await makeApiToken(await actorOf(user.id), { name: "old", expiresInDays: 30 }, { ip: null });
    const result = await changePassword(await actorOf(user.id), { currentPassword: PASSWORD, newPassword: "a brand new phrase" }, { ip: null });
    expect(result).toEqual({ status: "ok" });
    expect(await actorFromSessionToken(token)).toBeNull();
    expect((await testDb.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).revokedAt).not.toBeNull();
    expect((await actorFromSessionToken(await sessionTokenFor(user.id, 1)))?.id).toBe(user.id);
  });

  it("end at once when a bureau admin disables the account, and the change is on the audit trail", async () => {
    const admin = await makeUser({ bureauRole: "admin" });
    const user = await makeUser();
    const token = await sessionTokenFor(user.id, 0);
    expect(await setAccountDisabled(await actorOf(admin.id), user.id, true, { ip: "10.0.0.1" })).toBe("done");
    expect(await actorFromSessionToken(token)).toBeNull();
    const entry = await testDb.auditEvent.findFirstOrThrow({ where: { action: "account.disabled", subjectId: user.id } });
    expect(entry.actorId).toBe(admin.id);
    expect(entry.ip).toBe("10.0.0.1");
    expect((entry.data as { before: { disabledAt: unknown } }).before.disabledAt).toBeNull();
  });

  it("reject tokens that were tampered with or signed with another key", async () => {
    const user = await makeUser();
    const token = await sessionTokenFor(user.id, 0);
    expect(await actorFromSessionToken(token.slice(0, -4) + "AAAA")).toBeNull();
    expect(await actorFromSessionToken("not a token")).toBeNull();
  });

  it("read roles from the database on every request", async () => {
    const admin = await makeUser({ bureauRole: "admin" });
    const user = await makeUser();
    const token = await sessionTokenFor(user.id, 0);
    await setBureauRole(await actorOf(admin.id), user.id, "reviewer", { ip: null });
    expect((await actorFromSessionToken(token))?.bureauRole).toBe("reviewer");
    await setBureauRole(await actorOf(admin.id), user.id, null, { ip: null });
    expect((await actorFromSessionToken(token))?.bureauRole).toBeNull();
    const actions = (await testDb.auditEvent.findMany({ where: { subjectId: user.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["role.granted", "role.revoked"]);
  });
});

describe("signing out", () => {
  const decoded = async (token: string) => (await decode({ token, secret: process.env.NEXTAUTH_SECRET! }))!;

  it("ends that session on the server: a copy of its token no longer works, and is never renewed", async () => {
    const user = await makeUser();
    const token = await sessionTokenFor(user.id, 0);
    const copy = token;
    const otherDevice = await sessionTokenFor(user.id, 0);
    expect((await actorFromSessionToken(copy))?.id).toBe(user.id);
    await authOptions.events!.signOut!({ token: await decoded(token), session: null as never });
    expect(await actorFromSessionToken(copy)).toBeNull();
    // next-auth's session endpoint renews tokens through the jwt callback: an ended session is refused there.
    await expect(authOptions.callbacks!.jwt!({ token: await decoded(copy) } as never)).rejects.toThrow();
    // Other sessions of the same person go on.
    expect((await actorFromSessionToken(otherDevice))?.id).toBe(user.id);
    expect(await authOptions.callbacks!.jwt!({ token: await decoded(otherDevice) } as never)).toMatchObject({ sub: user.id, sid: (await decoded(otherDevice)).sid });
  });

  it("refuses tokens without a session id (they could not be ended by signing out)", async () => {
    const user = await makeUser();
    const legacy = await encode({ token: { sub: user.id, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await actorFromSessionToken(legacy)).toBeNull();
  });

  it("keeps the record of an ended session until its tokens have all expired; the scheduler then drops it", async () => {
    const user = await makeUser();
    const token = await sessionTokenFor(user.id, 0);
    const { sid } = await decoded(token);
    await authOptions.events!.signOut!({ token: await decoded(token), session: null as never });
    const ended = await testDb.endedSession.findUniqueOrThrow({ where: { id: sid } });
    expect(ended.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
    await runScheduledJobs(new Date(Date.now() + 24 * 3_600_000));
    expect(await testDb.endedSession.findUnique({ where: { id: sid } })).not.toBeNull();
    await runScheduledJobs(new Date(ended.expiresAt.getTime() + 1000));
    expect(await testDb.endedSession.findUnique({ where: { id: sid } })).toBeNull();
  });

  it("everywhere ends every session and revokes every personal API token, on the audit trail", async () => {
    const user = await makeUser();
    const sessions = [await sessionTokenFor(user.id, 0), await sessionTokenFor(user.id, 0)];
    const tokens = [await makeApiToken(await actorOf(user.id), { name: "a", expiresInDays: 30 }, { ip: null }), await makeApiToken(await actorOf(user.id), { name: "b", expiresInDays: 90 }, { ip: null })];
    const bearer = (token: string) => new Request("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect((await getApiActor(bearer(tokens[0].token)))?.id).toBe(user.id);
    await signOutEverywhere(await actorOf(user.id), { ip: "10.20.30.40" });
    for (const session of sessions) expect(await actorFromSessionToken(session)).toBeNull();
    for (const token of tokens) expect(await getApiActor(bearer(token.token))).toBeNull();
    const entry = await testDb.auditEvent.findFirstOrThrow({ where: { action: "account.signed-out-everywhere", subjectId: user.id } });
    expect(entry).toMatchObject({ actorId: user.id, ip: "10.20.30.40" });
    expect(((entry.data as { after: { revokedTokens: string[] } }).after.revokedTokens).sort()).toEqual(tokens.map((t) => t.id).sort());
    // A new sign-in works.
    expect((await actorFromSessionToken(await sessionTokenFor(user.id, 1)))?.id).toBe(user.id);
  });
});

describe("password reset", () => {
  it("answers known and unknown emails alike, and emails a link that works once and ends every session", async () => {
    const user = await makeUser();
    const unknown = `${uniqueToken("nobody")}@example.com`;
    const forUnknown = await requestPasswordReset(unknown, { ip: freshIp() });
    const forKnown = await requestPasswordReset(user.email, { ip: freshIp() });
    // The answer comes before the lookup, so it cannot differ in content or timing.
    expect([forUnknown.status, forKnown.status]).toEqual(["ok", "ok"]);
    await Promise.all([forUnknown.queued, forKnown.queued]);
    expect(await testDb.outboxMessage.count({ where: { to: unknown } })).toBe(0);
    const token = await linkTokenSentTo(user.email, "reset-password");
    const session = await sessionTokenFor(user.id, 0);
    const apiToken = await makeApiToken(await actorOf(user.id), { name: "old", expiresInDays: 30 }, { ip: null });

    // A refused password leaves the link usable.
    expect(await resetPassword({ token, password: "password123" }, { ip: null })).toEqual({ status: "rejected", problem: "password_common" });
    expect(await resetPassword({ token, password: "my new secret phrase" }, { ip: null })).toEqual({ status: "ok" });
    expect(await resetPassword({ token, password: "yet another phrase" }, { ip: null })).toEqual({ status: "invalid-link" });
    expect(await actorFromSessionToken(session)).toBeNull();
    // Tokens made under the old password stop working too.
    expect(await getApiActor(new Request("http://localhost/", { headers: { authorization: `Bearer ${apiToken.token}` } }))).toBeNull();
    expect((await checkCredentials({ email: user.email, password: "my new secret phrase" }, { ip: freshIp() })).status).toBe("ok");
  });

  it("refuses an expired link", async () => {
    const user = await makeUser();
    await testDb.oneTimeToken.create({ data: { userId: user.id, purpose: "reset-password", tokenHash: secretHash("old-reset-link-1"), expiresAt: new Date(Date.now() - 1) } });
    expect(await resetPassword({ token: "old-reset-link-1", password: "a fine new phrase" }, { ip: null })).toEqual({ status: "invalid-link" });
  });
});

describe("easy-to-guess passwords", () => {
  // The forms' schema checks only the basic rules (the dictionaries stay out of the browser), so
  // these mutations are where sign-up, reset and change refuse the rest, naming the problem that
  // the server action shows on the password field.
  it("are refused at sign-up, with nothing stored or sent, and without using up the address's sign-ups", async () => {
    const email = `${uniqueToken("weak")}@example.com`;
    const ip = freshIp();
    const weak: [string, PasswordProblem][] = [
      ["Password123!", "password_common"], ["1qaz2wsx3edc", "password_common"], [DEMO_PASSWORD, "password_demo"], ["Lovelace.1815", "password_like_name"],
    ];
    for (const [password, problem] of weak) {
      expect(await signUp({ email, name: "Ada Lovelace", password, locale: "en" }, { ip }), password).toEqual({ status: "rejected", problem });
    }
    expect(await testDb.user.findUnique({ where: { email } })).toBeNull();
    expect(await testDb.outboxMessage.count({ where: { to: email } })).toBe(0);
    // Four refusals, yet the address still has its sign-ups for the hour (RATE_SIGN_UP_PER_ACCOUNT, 3).
    expect(await signUp({ email, name: "Ada Lovelace", password: "analytical engine notes", locale: "en" }, { ip })).toEqual({ status: "ok" });
  });

  it("are refused at reset and at change, and the old password and the link keep working", async () => {
    const user = await makeUser(); // named 测试用户
    await (await requestPasswordReset(user.email, { ip: freshIp() })).queued;
    const token = await linkTokenSentTo(user.email, "reset-password");
    const weak: [string, PasswordProblem][] = [
      ["asdfghjkl;'", "password_common"], [DEMO_PASSWORD, "password_demo"], ["测试用户2026", "password_like_name"], [`${user.email.split("@")[0]}!`, "password_like_email"],
    ];
    for (const [password, problem] of weak) {
      expect(await resetPassword({ token, password }, { ip: null }), password).toEqual({ status: "rejected", problem });
      expect(await changePassword(await actorOf(user.id), { currentPassword: PASSWORD, newPassword: password }, { ip: null }), password).toEqual({ status: "rejected", problem });
    }
    expect((await checkCredentials({ email: user.email, password: PASSWORD }, { ip: freshIp() })).status).toBe("ok");
    expect(await resetPassword({ token, password: "my new secret phrase" }, { ip: null })).toEqual({ status: "ok" });
  });
});

describe("password reset requests", () => {
  it("are answered before the account is looked up: the answer settles while the lookup waits on a lock held elsewhere", async () => {
    const user = await makeUser();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let lockTaken!: () => void;
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));
    // Another transaction holds the account table so that nothing can read it until released.
    const holder = testDb.$transaction(async (tx) => {
      await tx.$executeRaw`LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE`;
      lockTaken();
      await released;
    }, { timeout: 60_000 });
    await taken;
    try {
      // Were the account read before the answer, this would wait for the lock (and the test time out).
      const answer = await requestPasswordReset(user.email, { ip: freshIp() });
      expect(answer.status).toBe("ok");
      let queuedDone = false;
      void answer.queued.then(() => (queuedDone = true));
      // The lookup, after the answer, is what waits on the lock.
      await waitFor(async () => (await testDb.$queryRaw<{ waiting: bigint }[]>`
        SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)[0].waiting > 0n);
      expect(queuedDone).toBe(false);
      release();
      await holder;
      await answer.queued;
      expect(await testDb.outboxMessage.count({ where: { to: user.email, template: "reset-password" } })).toBe(1);
    } finally {
      release();
      await holder;
    }
  });

  it("count an unknown email and a known one alike before answering", async () => {
    const user = await makeUser();
    const unknown = `${uniqueToken("nobody")}@example.com`;
    for (const email of [user.email, unknown]) {
      const statuses: string[] = [];
      for (let i = 0; i <= env.RATE_RESET_PER_ACCOUNT; i++) {
        const answer = await requestPasswordReset(email, { ip: freshIp() });
        await answer.queued;
        statuses.push(answer.status);
      }
      expect(statuses, email).toEqual([...Array(env.RATE_RESET_PER_ACCOUNT).fill("ok"), "throttled"]);
    }
  });
});

describe("personal API tokens", () => {
  const bearer = (token: string) => new Request("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } });

  it("are shown once, stored hashed, accepted as Bearer until revoked or expired", async () => {
    const user = await makeUser();
    const actor = await actorOf(user.id);
    const created = await makeApiToken(actor, { name: "CI", expiresInDays: 30 }, { ip: null });
    expect(created.token).toMatch(/^cqp_[A-Za-z0-9_-]{43}$/);
    const stored = await testDb.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(secretHash(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const viaToken = await getApiActor(bearer(created.token));
    expect(viaToken).toMatchObject({ id: user.id, via: "token" });
    expect(await getApiActor(bearer(created.token + "x"))).toBeNull();

    // Another person cannot revoke it.
    const other = await makeUser();
    expect(await revokeApiToken(await actorOf(other.id), created.id, { ip: null })).toBe("not-found");
    expect(await getApiActor(bearer(created.token))).not.toBeNull();

    expect(await revokeApiToken(actor, created.id, { ip: null })).toBe("revoked");
    expect(await getApiActor(bearer(created.token))).toBeNull();
    const trail = (await testDb.auditEvent.findMany({ where: { subjectId: created.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(trail).toEqual(["token.created", "token.revoked"]);
  });

  it("stop working when they expire or their owner is disabled", async () => {
    const user = await makeUser();
    const created = await makeApiToken(await actorOf(user.id), { name: "short", expiresInDays: 30 }, { ip: null, now: new Date(Date.now() - 31 * 86_400_000) });
    expect(await getApiActor(bearer(created.token))).toBeNull();
    const live = await makeApiToken(await actorOf(user.id), { name: "live", expiresInDays: 30 }, { ip: null });
    await testDb.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getApiActor(bearer(live.token))).toBeNull();
  });
});

describe("the cap on live API tokens", () => {
  it("refuses one more live token than API_TOKENS_PER_ACCOUNT; revoked and expired ones do not count", async () => {
    const user = await makeUser();
    const actor = await actorOf(user.id);
    const limit = env.API_TOKENS_PER_ACCOUNT;
    const expired = await makeApiToken(actor, { name: "old", expiresInDays: 30 }, { ip: null, now: new Date(Date.now() - 31 * 86_400_000) });
    const revoked = await makeApiToken(actor, { name: "gone", expiresInDays: 30 }, { ip: null });
    await revokeApiToken(actor, revoked.id, { ip: null });
    const live = [];
    for (let i = 0; i < limit; i++) live.push(await makeApiToken(actor, { name: `t${i}`, expiresInDays: 30 }, { ip: null }));
    expect(await createApiToken(actor, { name: "one more", expiresInDays: 30 }, { ip: null })).toEqual({ status: "too-many", limit });
    expect(await testDb.apiToken.count({ where: { userId: user.id } })).toBe(limit + 2);
    await revokeApiToken(actor, live[0].id, { ip: null });
    expect((await createApiToken(actor, { name: "one more", expiresInDays: 30 }, { ip: null })).status).toBe("created");
    expect(expired.id).toBeTruthy();
  });

  it("holds under concurrent creations: never more live tokens than the cap", async () => {
    const user = await makeUser();
    const actor = await actorOf(user.id);
    const limit = env.API_TOKENS_PER_ACCOUNT;
    for (let i = 0; i < limit - 2; i++) await makeApiToken(actor, { name: `t${i}`, expiresInDays: 30 }, { ip: null });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => createApiToken(actor, { name: `race${i}`, expiresInDays: 30 }, { ip: null })));
    expect(results.filter((r) => r.status === "created")).toHaveLength(2);
    expect(results.filter((r) => r.status === "too-many")).toHaveLength(6);
    expect(await testDb.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(limit);
    expect(await testDb.auditEvent.count({ where: { action: "token.created", actorId: user.id } })).toBe(limit);
  });
});

describe("download my data", () => {
  it("leaves out other people's IP addresses: entries about the person made by an admin or a stranger come without theirs", async () => {
    const admin = await makeUser({ bureauRole: "admin" });
    const user = await makeUser();
    const actor = await actorOf(user.id);
    await recordDataExport(actor, { ip: "10.1.1.1" });
    expect(await setAccountDisabled(await actorOf(admin.id), user.id, true, { ip: "10.9.9.9" })).toBe("done");
    expect(await setAccountDisabled(await actorOf(admin.id), user.id, false, { ip: "10.9.9.9" })).toBe("done");
    expect((await checkCredentials({ email: user.email, password: "wrong password" }, { ip: "10.6.6.6" })).status).toBe("invalid");
    const data = await findAccountData(user.id);
    const trail = data!.auditTrail.map((e) => ({ action: e.action, ip: e.ip }));
    expect(trail).toEqual([
      { action: "account.exported", ip: "10.1.1.1" },
      { action: "account.disabled", ip: null },
      { action: "account.enabled", ip: null },
      { action: "auth.sign-in-failed", ip: null },
    ]);
    expect(JSON.stringify(data)).not.toMatch(/10\.9\.9\.9|10\.6\.6\.6/);
    // The bureau's own trail keeps them.
    expect((await testDb.auditEvent.findFirstOrThrow({ where: { action: "account.disabled", subjectId: user.id } })).ip).toBe("10.9.9.9");
  });
});

describe("account deletion and the audit trail", () => {
  it("deletes the account and what belongs to it, keeps the audit trail, and refuses to remove the last admin", async () => {
    const user = await makeUser();
    const actor = await actorOf(user.id);
    await makeApiToken(actor, { name: "t", expiresInDays: 30 }, { ip: null });
    expect(await closeAccount(actor, "wrong password", { ip: null })).toBe("wrong-password");
    expect(await closeAccount(actor, PASSWORD, { ip: null })).toBe("deleted");
    expect(await testDb.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await testDb.apiToken.count({ where: { userId: user.id } })).toBe(0);
    expect((await testDb.auditEvent.findMany({ where: { subjectId: user.id } })).map((e) => e.action)).toContain("account.deleted");

    await testDb.user.updateMany({ where: { bureauRole: "admin" }, data: { bureauRole: null } });
    const admin = await makeUser({ bureauRole: "admin" });
    expect(await closeAccount(await actorOf(admin.id), PASSWORD, { ip: null })).toBe("last-admin");
  });

  it("keeps codes but not personal values of profile changes, so deletion leaves no personal data", async () => {
    const user = await makeUser();
    await updateProfile(await actorOf(user.id), { name: "王小明", phone: "+8613800138000", education: "master", employer: "某公司", yearsExperience: 4, talentLevel: "mid", locale: "en" });
    const entry = await testDb.auditEvent.findFirstOrThrow({ where: { action: "account.profile-updated", subjectId: user.id } });
    const text = JSON.stringify(entry.data);
    expect(text).not.toMatch(/王小明|13800138000|某公司/);
    expect(entry.data).toMatchObject({ before: { education: null, locale: "zh-CN", name: "(changed)" }, after: { education: "master", locale: "en", phone: "(changed)" } });
  });

  it("cannot be edited or deleted, even by a direct database write", async () => {
    const user = await makeUser();
    await recordAudit(testDb, { actorId: user.id, action: "account.exported", subjectType: "user", subjectId: user.id });
    const entry = await testDb.auditEvent.findFirstOrThrow({ where: { subjectId: user.id } });
    // The triggers abort the statement (Prisma reports it as a constraint failure).
    await expect(testDb.auditEvent.update({ where: { id: entry.id }, data: { action: "nothing" } })).rejects.toThrow();
    await expect(testDb.auditEvent.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(testDb.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorId" = NULL`)).rejects.toThrow(/append-only/);
    await expect(testDb.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await testDb.auditEvent.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });
});
