import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/mutations";
import { signUp } from "@/lib/accounts/mutations/credentials";
import { createApiToken, revokeApiToken, updateProfile } from "@/lib/accounts/mutations/profile";
import { createTokenSchema, profileSchema, signUpSchema } from "@/lib/accounts/schema";
import { signInSchema } from "@/lib/auth/schema";
import { parseIn } from "@/lib/i18n/validation";
import { formLike } from "../support/hostile-input";
import { testDb } from "../support/factories";
import { actorOf, freshIp, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

// Hostile and random values thrown at the same schema-then-mutation path the server actions and
// API routes take: nothing may throw, and nothing may be stored when the input is refused.
const email = fc.emailAddress();
const password = fc.string({ minLength: 8, maxLength: 80 });
const RUNS = 150;

describe("accounts under random and hostile input", () => {
  const accepted: Record<string, number> = {};
  afterAll(() => {
    // Both branches must have run, or the property proved little.
    for (const [name, n] of Object.entries(accepted)) expect(n, name).toBeGreaterThan(0);
  });
  it(`sign-up: ${RUNS} inputs, each either refused with field messages and nothing stored, or stored once`, async () => {
    await fc.assert(
      fc.asyncProperty(formLike({ email, name: fc.string({ minLength: 1, maxLength: 20 }), password, locale: fc.constantFrom("zh-CN", "en"), consent: fc.constant(true) }), fc.constantFrom("zh-CN", "en" as const), async (input, locale) => {
        const users = await testDb.user.count();
        const parsed = parseIn(signUpSchema, input, locale);
        if (!parsed.success) {
          expect(parsed.error.issues.every((i) => i.message.length > 0)).toBe(true);
          expect(await testDb.user.count()).toBe(users);
          return;
        }
        accepted.signUp = (accepted.signUp ?? 0) + 1;
        await signUp(parsed.data, { ip: freshIp() });
        expect(await testDb.user.count()).toBeLessThanOrEqual(users + 1);
      }),
      { numRuns: RUNS },
    );
  });

  it(`sign-in: ${RUNS} inputs, never a crash, never a session for a wrong password`, async () => {
    const user = await makeUser();
    await fc.assert(
      fc.asyncProperty(formLike({ email: fc.constantFrom(user.email, "nobody@example.com"), password }), async (input) => {
        const parsed = signInSchema.safeParse(input);
        if (!parsed.success) return;
        accepted.signIn = (accepted.signIn ?? 0) + 1;
        const result = await checkCredentials(parsed.data, { ip: freshIp() });
        expect(result.status === "ok" ? parsed.data.email === user.email : true).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`profile: ${RUNS} inputs, refused ones change nothing`, async () => {
    const user = await makeUser();
    const actor = await actorOf(user.id);
    await fc.assert(
      fc.asyncProperty(formLike({
        name: fc.string({ minLength: 1, maxLength: 30 }), phone: fc.constantFrom("13800138000", "+44 7911 123456", "", "12"),
        education: fc.constantFrom("bachelor", "master", "", "phd"), employer: fc.string({ maxLength: 40 }),
        yearsExperience: fc.oneof(fc.integer({ min: -5, max: 80 }), fc.constantFrom("", "3", "3.5")), talentLevel: fc.constantFrom("senior", "junior", ""),
        locale: fc.constantFrom("zh-CN", "en"),
      }), async (input) => {
        const before = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
        const parsed = parseIn(profileSchema, input, "en");
        if (!parsed.success) {
          expect(await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
          return;
        }
        accepted.profile = (accepted.profile ?? 0) + 1;
        await updateProfile(actor, parsed.data);
        const after = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
        expect(after.name).toBe(parsed.data.name);
        expect(after.phone === null || /^\+\d{6,15}$/.test(after.phone)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`tokens: ${RUNS} inputs, refused ones create nothing`, async () => {
    const user = await makeUser();
    const actor = await actorOf(user.id);
    await fc.assert(
      fc.asyncProperty(formLike({ name: fc.string({ minLength: 1, maxLength: 70 }), expiresInDays: fc.constantFrom(30, "90", 365, 7, "x") }), async (input) => {
        const count = await testDb.apiToken.count({ where: { userId: user.id } });
        const parsed = parseIn(createTokenSchema, input, "zh-CN");
        if (!parsed.success) {
          expect(await testDb.apiToken.count({ where: { userId: user.id } })).toBe(count);
          return;
        }
        accepted.tokens = (accepted.tokens ?? 0) + 1;
        const created = await createApiToken(actor, parsed.data, { ip: null });
        expect(await testDb.apiToken.count({ where: { userId: user.id } })).toBe(count + 1);
        // Revoked again, so the runs never meet the cap on live tokens (tested in accounts.test.ts).
        if (created.status === "created") await revokeApiToken(actor, created.id, { ip: null });
      }),
      { numRuns: RUNS },
    );
  });
});
