import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { acceptInvitation, changeRole, inviteStaff } from "@/lib/staff/mutations";
import { acceptInvitationSchema, changeRoleSchema, inviteSchema } from "@/lib/staff/schema";
import { parseIn } from "@/lib/i18n/validation";
import { formLike } from "../support/hostile-input";
import { makeInstitution, testDb } from "../support/factories";
import { actorOf, freshIp, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

// Random and hostile values through the same parse-then-mutation path the server actions take:
// nothing may throw, and input refused by the schema or by the data changes nothing.
const RUNS = 120;

async function setting() {
  const institution = await makeInstitution();
  const other = await makeInstitution();
  const owner = await makeUser();
  const editor = await makeUser();
  await testDb.membership.createMany({ data: [{ userId: owner.id, institutionId: institution.id, role: "owner" }, { userId: editor.id, institutionId: institution.id, role: "editor" }] });
  return { institution, other, owner: await actorOf(owner.id), editor };
}

const state = async () => ({
  invitations: await testDb.invitation.findMany({ orderBy: { id: "asc" }, select: { id: true, revokedAt: true, acceptedAt: true } }),
  memberships: await testDb.membership.findMany({ orderBy: [{ userId: "asc" }, { institutionId: "asc" }], select: { userId: true, institutionId: true, role: true } }),
  emails: await testDb.outboxMessage.count(),
  audit: await testDb.auditEvent.count(),
});

describe("staff under random and hostile input", () => {
  const accepted: Record<string, number> = {};
  afterAll(() => {
    for (const [name, n] of Object.entries(accepted)) expect(n, name).toBeGreaterThan(0);
  });

  it(`invite: ${RUNS} inputs, each refused with field messages and nothing changed, or answered without a crash`, async () => {
    const { institution, other, owner, editor } = await setting();
    await fc.assert(
      fc.asyncProperty(
        formLike({
          institutionId: fc.constantFrom(institution.id, other.id, "no-such-institution", ""),
          email: fc.oneof(fc.emailAddress(), fc.constantFrom(owner.email, editor.email, editor.email.toUpperCase(), " Someone@Example.com ")),
          role: fc.constantFrom("editor", "reviewer", "owner", "EDITOR", ""),
        }),
        fc.constantFrom("zh-CN", "en" as const),
        async (input, locale) => {
          const before = await state();
          const parsed = parseIn(inviteSchema, input, locale);
          if (!parsed.success) {
            expect(parsed.error.issues.every((i) => i.message.length > 0)).toBe(true);
            expect(await state()).toEqual(before);
            return;
          }
          accepted.invite = (accepted.invite ?? 0) + 1;
          const result = await inviteStaff(owner, parsed.data, locale, { ip: freshIp() });
          expect(["sent", "not-found", "member", "too-many", "throttled"]).toContain(result.status);
          if (result.status !== "sent") expect(await state()).toEqual(before);
          else {
            accepted.inviteSent = (accepted.inviteSent ?? 0) + 1;
            expect(parsed.data.institutionId).toBe(institution.id);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`accept: ${RUNS} tokens, never a crash, never a membership`, async () => {
    const { owner } = await setting();
    await fc.assert(
      fc.asyncProperty(formLike({ token: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), fc.string({ maxLength: 60 })) }), async (input) => {
        const before = await state();
        const parsed = parseIn(acceptInvitationSchema, input, "zh-CN");
        if (parsed.success) {
          accepted.accept = (accepted.accept ?? 0) + 1;
          expect((await acceptInvitation(owner, parsed.data.token, { ip: freshIp() })).status).toBe("invalid");
        }
        expect(await state()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it(`change role: ${RUNS} inputs, the owner stays an owner whatever is asked`, async () => {
    const { institution, owner, editor } = await setting();
    await fc.assert(
      fc.asyncProperty(
        formLike({ institutionId: fc.constantFrom(institution.id, "nope"), userId: fc.constantFrom(owner.id, editor.id, "nobody"), role: fc.constantFrom("owner", "editor", "reviewer", "admin") }),
        async (input) => {
          const parsed = parseIn(changeRoleSchema, input, "en");
          if (!parsed.success) return;
          accepted.changeRole = (accepted.changeRole ?? 0) + 1;
          expect(["ok", "not-found", "last-owner"]).toContain(await changeRole(owner, parsed.data, { ip: freshIp() }));
          expect(await testDb.membership.count({ where: { institutionId: institution.id, role: "owner" } })).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
