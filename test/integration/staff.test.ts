import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { acceptInvitation, changeRole, inviteStaff, leaveInstitution, removeMember, resendInvitation, revokeInvitation } from "@/lib/staff/mutations";
import { findInvitationByToken, findMembers, findOpenInvitations } from "@/lib/staff/queries";
import { inviteSchema, OPEN_INVITATIONS_MAX } from "@/lib/staff/schema";
import { can, type Actor } from "@/lib/auth/policy";
import { secretHash } from "@/lib/auth/random-secrets";
import { days, makeInstitution, testDb, uniqueToken } from "../support/factories";
import { actorOf, freshIp, makeUser } from "../support/accounts";

afterAll(async () => {
  await testDb.$disconnect();
});

const context = () => ({ ip: freshIp() });
const address = () => `${uniqueToken("invitee")}@example.com`;

async function memberOf(institutionId: string, role: "owner" | "editor" | "reviewer", overrides: Parameters<typeof makeUser>[0] = {}) {
  const user = await makeUser(overrides);
  await testDb.membership.create({ data: { userId: user.id, institutionId, role } });
  return actorOf(user.id);
}

async function institutionWithOwner(status = "verified") {
  const institution = await makeInstitution({ status });
  const owner = await memberOf(institution.id, "owner");
  return { institution, owner };
}

const invite = (actor: Actor, institutionId: string, email: string, role: "editor" | "reviewer" = "editor", locale: "zh-CN" | "en" = "zh-CN", now?: Date) =>
  inviteStaff(actor, inviteSchema.parse({ institutionId, email, role }), locale, { ...context(), now });

async function sent(actor: Actor, institutionId: string, email: string, role: "editor" | "reviewer" = "editor", locale: "zh-CN" | "en" = "zh-CN", now?: Date) {
  const result = await invite(actor, institutionId, email, role, locale, now);
  if (result.status !== "sent") throw new Error(`not sent: ${result.status}`);
  return result;
}

/** Everything an invitation can change, to show that a refused one changed none of it. */
const footprint = async (institutionId: string) => ({
  invitations: await testDb.invitation.count({ where: { institutionId } }),
  open: await testDb.invitation.count({ where: { institutionId, acceptedAt: null, revokedAt: null } }),
  members: await testDb.membership.count({ where: { institutionId } }),
  emails: await testDb.outboxMessage.count({ where: { template: "staff-invitation" } }),
  audit: await testDb.auditEvent.count({ where: { institutionId } }),
});

const roleOf = async (userId: string, institutionId: string) =>
  (await testDb.membership.findUnique({ where: { userId_institutionId: { userId, institutionId } } }))?.role ?? null;

describe("inviting staff", () => {
  it("stores only the hash of a random token, valid 7 days, and emails the link in the inviter's language to an address without an account", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    const now = new Date();
    const result = await sent(owner, institution.id, ` ${email.toUpperCase()} `, "reviewer", "en", now);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await testDb.invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(row).toMatchObject({ email, role: "reviewer", invitedById: owner.id, acceptedAt: null, revokedAt: null });
    expect(row.tokenHash).toBe(createHash("sha256").update(result.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(result.token);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    const mail = await testDb.outboxMessage.findFirstOrThrow({ where: { to: email, template: "staff-invitation" } });
    expect(mail.locale).toBe("en");
    expect(mail.subject).toBe(`Invitation to join “${institution.nameEn}”`);
    expect(mail.text).toContain("as Reviewer");
    expect(mail.text).toContain(`http://localhost:3000/en/invitations/${result.token}`);
    expect(mail.text).toContain(`signed in with ${email}`);
    expect(mail.text).toMatch(/^Hello,/);
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "staff.invited", subjectId: row.id } });
    expect(audit).toMatchObject({ actorId: owner.id, institutionId: institution.id, subjectType: "invitation" });
    // The audit trail is append-only: it names the invitation, never an address that may have no account.
    expect(JSON.stringify(audit.data)).not.toContain(email);
  });

  it("writes to someone with an account in their own language, by name", async () => {
    const { institution, owner } = await institutionWithOwner();
    const invitee = await makeUser({ locale: "zh-CN" });
    const result = await sent(owner, institution.id, invitee.email, "editor", "en");
    const mail = await testDb.outboxMessage.findFirstOrThrow({ where: { to: invitee.email, template: "staff-invitation" } });
    expect(mail.locale).toBe("zh-CN");
    expect(mail.subject).toBe(`邀请您加入“${institution.nameZh}”`);
    expect(mail.text).toContain("以编辑身份加入");
    expect(mail.text).toContain(`http://localhost:3000/invitations/${result.token}`);
    expect(mail.text).toMatch(/^测试用户，您好：/);
  });

  it("inviting an address again replaces its open invitation: the old link stops working", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    const first = await sent(owner, institution.id, email, "editor");
    const second = await sent(owner, institution.id, email, "reviewer");
    expect(second.replaced).toBe(true);
    const rows = await testDb.invitation.findMany({ where: { institutionId: institution.id, email }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.id, r.role, r.revokedAt !== null])).toEqual([[first.invitationId, "editor", true], [second.invitationId, "reviewer", false]]);
    const invitee = await actorOf((await makeUser({ email })).id);
    expect((await acceptInvitation(invitee, first.token, context())).status).toBe("revoked");
    expect((await acceptInvitation(invitee, second.token, context())).status).toBe("joined");
    expect(await roleOf(invitee.id, institution.id)).toBe("reviewer");
    expect(await testDb.auditEvent.count({ where: { action: "staff.invited", institutionId: institution.id, data: { path: ["replaced"], equals: true } } })).toBe(1);
  });

  it("two invitations to one address at once leave one open", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    const results = await Promise.all([invite(owner, institution.id, email), invite(owner, institution.id, email, "reviewer")]);
    expect(results.map((r) => r.status)).toEqual(["sent", "sent"]);
    expect(await testDb.invitation.count({ where: { institutionId: institution.id, email, acceptedAt: null, revokedAt: null } })).toBe(1);
  });

  it("refuses someone already on the staff, whatever the case of the address, and changes nothing", async () => {
    const { institution, owner } = await institutionWithOwner();
    const editor = await memberOf(institution.id, "editor");
    const before = await footprint(institution.id);
    expect((await invite(owner, institution.id, editor.email.toUpperCase())).status).toBe("member");
    expect((await invite(owner, institution.id, owner.email)).status).toBe("member");
    expect(await footprint(institution.id)).toEqual(before);
  });

  it("only owners and bureau admins invite; editors, reviewers, other institutions' owners and bureau reviewers find nothing", async () => {
    const { institution, owner } = await institutionWithOwner();
    const other = await institutionWithOwner();
    const outsiders = [
      await memberOf(institution.id, "editor"), await memberOf(institution.id, "reviewer"), other.owner,
      await actorOf((await makeUser({ bureauRole: "reviewer" })).id), await actorOf((await makeUser()).id),
    ];
    const before = await footprint(institution.id);
    for (const actor of outsiders) expect((await invite(actor, institution.id, address())).status).toBe("not-found");
    expect(await footprint(institution.id)).toEqual(before);
    const admin = await actorOf((await makeUser({ bureauRole: "admin" })).id);
    expect((await invite(admin, institution.id, address())).status).toBe("sent");
    expect((await invite(owner, institution.id, address())).status).toBe("sent");
  });

  it("an owner demoted since their request began can no longer invite", async () => {
    const { institution, owner } = await institutionWithOwner();
    const second = await memberOf(institution.id, "owner");
    expect(await changeRole(second, { institutionId: institution.id, userId: owner.id, role: "editor" }, context())).toBe("ok");
    // `owner` still carries the role it was read with; the mutation reads it again under the lock.
    expect((await invite(owner, institution.id, address())).status).toBe("not-found");
  });

  it("an institution the bureau has not verified cannot invite yet", async () => {
    for (const status of ["pending", "changes-requested", "suspended", "rejected"]) {
      const { institution, owner } = await institutionWithOwner(status);
      expect((await invite(owner, institution.id, address())).status).toBe("not-verified");
      expect(await testDb.invitation.count({ where: { institutionId: institution.id } })).toBe(0);
    }
  });

  it(`caps live invitations at ${OPEN_INVITATIONS_MAX}; expired ones and the address being replaced do not count`, async () => {
    const { institution, owner } = await institutionWithOwner();
    const now = new Date();
    const emails = Array.from({ length: OPEN_INVITATIONS_MAX }, () => address());
    await testDb.invitation.createMany({
      data: emails.map((email, i) => ({ institutionId: institution.id, email, role: "editor", tokenHash: secretHash(`${email}${i}`), expiresAt: days(7, now) })),
    });
    await testDb.invitation.create({ data: { institutionId: institution.id, email: address(), role: "editor", tokenHash: secretHash(uniqueToken()), expiresAt: days(-1, now) } });
    const before = await footprint(institution.id);
    expect((await invite(owner, institution.id, address())).status).toBe("too-many");
    expect(await footprint(institution.id)).toEqual(before);
    expect((await invite(owner, institution.id, emails[0]!)).status).toBe("sent");
    await testDb.invitation.updateMany({ where: { email: emails[1] }, data: { revokedAt: now } });
    expect((await invite(owner, institution.id, address())).status).toBe("sent");
  });

  it("sends one address at most 5 invitation emails a day from one institution", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    for (let i = 0; i < 5; i++) expect((await invite(owner, institution.id, email)).status).toBe("sent");
    const before = await footprint(institution.id);
    expect((await invite(owner, institution.id, email)).status).toBe("throttled");
    const open = await testDb.invitation.findFirstOrThrow({ where: { institutionId: institution.id, email, revokedAt: null } });
    expect((await resendInvitation(owner, open.id, "zh-CN", context())).status).toBe("throttled");
    expect(await footprint(institution.id)).toEqual(before);
    // Another address is not held up.
    expect((await invite(owner, institution.id, address())).status).toBe("sent");
  });
});

describe("open invitations", () => {
  it("are listed for the staff page with who sent them, and can be revoked once", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    const { invitationId, token } = await sent(owner, institution.id, email);
    expect((await findOpenInvitations(institution.id)).map((i) => [i.email, i.role, i.invitedBy])).toEqual([[email, "editor", "测试用户"]]);
    const other = await institutionWithOwner();
    expect(await revokeInvitation(other.owner, invitationId, context())).toBe("not-found");
    expect(await revokeInvitation(await memberOf(institution.id, "editor"), invitationId, context())).toBe("not-found");
    expect(await revokeInvitation(owner, invitationId, context())).toBe("ok");
    expect(await revokeInvitation(owner, invitationId, context())).toBe("not-found");
    expect(await findOpenInvitations(institution.id)).toEqual([]);
    expect(await testDb.auditEvent.count({ where: { action: "staff.invitation-revoked", subjectId: invitationId } })).toBe(1);
    const invitee = await actorOf((await makeUser({ email })).id);
    expect((await acceptInvitation(invitee, token, context())).status).toBe("revoked");
    expect(await roleOf(invitee.id, institution.id)).toBeNull();
  });

  it("sending again makes a new link valid 7 more days, also for an expired invitation; the old link stops working", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    const old = await sent(owner, institution.id, email, "reviewer", "zh-CN", days(-10));
    const invitee = await actorOf((await makeUser({ email, locale: "en" })).id);
    expect((await acceptInvitation(invitee, old.token, context())).status).toBe("expired");
    const now = new Date();
    const again = await resendInvitation(owner, old.invitationId, "zh-CN", { ...context(), now });
    if (again.status !== "sent") throw new Error(again.status);
    expect(again.expiresAt.getTime()).toBe(now.getTime() + 7 * 24 * 60 * 60 * 1000);
    expect((await testDb.invitation.findUniqueOrThrow({ where: { id: old.invitationId } })).revokedAt).not.toBeNull();
    const mails = await testDb.outboxMessage.findMany({ where: { to: email, template: "staff-invitation" }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain(`/en/invitations/${again.token}`);
    expect(await testDb.auditEvent.count({ where: { action: "staff.invitation-resent", subjectId: again.invitationId, data: { path: ["previous"], equals: old.invitationId } } })).toBe(1);
    expect((await acceptInvitation(invitee, old.token, context())).status).toBe("revoked");
    expect((await acceptInvitation(invitee, again.token, context())).status).toBe("joined");
    expect(await roleOf(invitee.id, institution.id)).toBe("reviewer");
    // Nothing left to send again or revoke.
    expect((await resendInvitation(owner, again.invitationId, "zh-CN", context())).status).toBe("not-found");
  });

  it("an outsider cannot send someone else's invitation again", async () => {
    const { institution, owner } = await institutionWithOwner();
    const { invitationId } = await sent(owner, institution.id, address());
    const outsiders = [(await institutionWithOwner()).owner, await memberOf(institution.id, "reviewer")];
    const before = await footprint(institution.id);
    for (const actor of outsiders) {
      expect((await resendInvitation(actor, invitationId, "zh-CN", context())).status).toBe("not-found");
    }
    expect(await footprint(institution.id)).toEqual(before);
  });
});

describe("accepting an invitation", () => {
  it("with the invited, verified account: the membership with the invited role, the owners told, the link used up", async () => {
    const { institution, owner } = await institutionWithOwner();
    const secondOwner = await memberOf(institution.id, "owner");
    const email = address();
    const { token, invitationId } = await sent(owner, institution.id, email, "editor");
    const invitee = await actorOf((await makeUser({ email })).id);
    expect(can(invitee, "institution.edit", { institutionId: institution.id })).toBe(false);

    const result = await acceptInvitation(invitee, token, context());
    expect(result).toEqual({ status: "joined", institution: { slug: institution.slug } });
    expect(await roleOf(invitee.id, institution.id)).toBe("editor");
    const row = await testDb.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row.acceptedById).toBe(invitee.id);
    expect(row.acceptedAt).not.toBeNull();
    for (const o of [owner, secondOwner]) {
      const note = await testDb.notification.findFirstOrThrow({ where: { userId: o.id, kind: "institution.staff-joined" } });
      expect(note.data).toEqual({ institutionId: institution.id, userId: invitee.id, name: "测试用户", role: "editor" });
    }
    expect(await testDb.notification.count({ where: { userId: invitee.id } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { action: "staff.joined", actorId: invitee.id, institutionId: institution.id } })).toBe(1);
    // Roles are read per request: the next one has the new role.
    const next = await actorOf(invitee.id);
    expect(can(next, "institution.edit", { institutionId: institution.id })).toBe(true);
    expect(can(next, "institution.manage-staff", { institutionId: institution.id })).toBe(false);

    expect((await acceptInvitation(next, token, context())).status).toBe("used");
    expect((await findInvitationByToken(token))?.acceptedAt).not.toBeNull();
  });

  it("works once, even clicked twice at once", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    const { token } = await sent(owner, institution.id, email);
    const invitee = await actorOf((await makeUser({ email })).id);
    const results = await Promise.all([acceptInvitation(invitee, token, context()), acceptInvitation(invitee, token, context())]);
    expect(results.map((r) => r.status).sort()).toEqual(["joined", "used"]);
    expect(await testDb.membership.count({ where: { institutionId: institution.id, userId: invitee.id } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { action: "staff.joined", actorId: invitee.id } })).toBe(1);
  });

  it("refuses an expired link, another account, an unverified address and a made-up token, changing nothing", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    const expired = await sent(owner, institution.id, address(), "editor", "zh-CN", days(-8));
    const open = await sent(owner, institution.id, email);
    const stranger = await actorOf((await makeUser()).id);
    const unverified = await actorOf((await makeUser({ email, verified: false })).id);
    const before = await footprint(institution.id);
    const expiredOwner = await actorOf((await makeUser({ email: (await testDb.invitation.findUniqueOrThrow({ where: { id: expired.invitationId } })).email })).id);
    expect((await acceptInvitation(expiredOwner, expired.token, context())).status).toBe("expired");
    expect((await acceptInvitation(stranger, open.token, context())).status).toBe("wrong-account");
    expect((await acceptInvitation(unverified, open.token, context())).status).toBe("unverified");
    expect((await acceptInvitation(stranger, "A".repeat(43), context())).status).toBe("invalid");
    expect(await footprint(institution.id)).toEqual(before);
    // Once the address is verified, the same link works.
    await testDb.user.update({ where: { id: unverified.id }, data: { emailVerifiedAt: new Date() } });
    expect((await acceptInvitation(await actorOf(unverified.id), open.token, context())).status).toBe("joined");
  });

  it("an institution the bureau refused voids its invitations", async () => {
    const { institution, owner } = await institutionWithOwner();
    const email = address();
    const { token } = await sent(owner, institution.id, email);
    await testDb.institution.update({ where: { id: institution.id }, data: { status: "rejected" } });
    const invitee = await actorOf((await makeUser({ email })).id);
    expect((await acceptInvitation(invitee, token, context())).status).toBe("revoked");
    expect(await roleOf(invitee.id, institution.id)).toBeNull();
  });
});

describe("members", () => {
  it("are listed owners first, with name, email, role and since when", async () => {
    const { institution, owner } = await institutionWithOwner();
    const reviewer = await memberOf(institution.id, "reviewer");
    const editor = await memberOf(institution.id, "editor");
    const second = await memberOf(institution.id, "owner");
    const list = await findMembers(institution.id);
    expect(list.map((m) => [m.userId, m.role])).toEqual([[owner.id, "owner"], [second.id, "owner"], [editor.id, "editor"], [reviewer.id, "reviewer"]]);
    expect(list[0]).toMatchObject({ name: "测试用户", email: owner.email });
    expect(list[0]!.since).toBeInstanceOf(Date);
  });

  it("an owner changes a role (audited); it holds from the member's next request", async () => {
    const { institution, owner } = await institutionWithOwner();
    const member = await memberOf(institution.id, "editor");
    expect(await changeRole(owner, { institutionId: institution.id, userId: member.id, role: "reviewer" }, context())).toBe("ok");
    const next = await actorOf(member.id);
    expect(can(next, "enrollment.review", { institutionId: institution.id })).toBe(true);
    expect(can(next, "institution.edit", { institutionId: institution.id })).toBe(false);
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "staff.role-changed", subjectId: member.id } });
    expect(audit).toMatchObject({ actorId: owner.id, institutionId: institution.id, data: { before: "editor", after: "reviewer" } });
    // The same role again changes nothing and records nothing.
    expect(await changeRole(owner, { institutionId: institution.id, userId: member.id, role: "reviewer" }, context())).toBe("ok");
    expect(await testDb.auditEvent.count({ where: { action: "staff.role-changed", subjectId: member.id } })).toBe(1);
    // Made an owner, the member manages the staff on their next request.
    expect(await changeRole(owner, { institutionId: institution.id, userId: member.id, role: "owner" }, context())).toBe("ok");
    expect(can(await actorOf(member.id), "institution.manage-staff", { institutionId: institution.id })).toBe(true);
  });

  it("an owner removes a member (audited); the member loses the workspace on their next request", async () => {
    const { institution, owner } = await institutionWithOwner();
    const member = await memberOf(institution.id, "editor");
    expect(can(member, "institution.staff-area", { institutionId: institution.id })).toBe(true);
    expect(await removeMember(owner, { institutionId: institution.id, userId: member.id }, context())).toBe("ok");
    const next = await actorOf(member.id);
    expect(next.memberships).toEqual([]);
    expect(can(next, "institution.staff-area", { institutionId: institution.id })).toBe(false);
    expect(await testDb.auditEvent.count({ where: { action: "staff.removed", subjectId: member.id, actorId: owner.id, data: { path: ["role"], equals: "editor" } } })).toBe(1);
    expect(await removeMember(owner, { institutionId: institution.id, userId: member.id }, context())).toBe("not-found");
  });

  it("editors, reviewers, bureau reviewers and other institutions' owners change nothing", async () => {
    const { institution, owner } = await institutionWithOwner();
    const editor = await memberOf(institution.id, "editor");
    const reviewer = await memberOf(institution.id, "reviewer");
    const outsiders = [editor, reviewer, (await institutionWithOwner()).owner, await actorOf((await makeUser({ bureauRole: "reviewer" })).id)];
    const before = await footprint(institution.id);
    for (const actor of outsiders) {
      expect(await changeRole(actor, { institutionId: institution.id, userId: reviewer.id === actor.id ? editor.id : reviewer.id, role: "owner" }, context())).toBe("not-found");
      expect(await changeRole(actor, { institutionId: institution.id, userId: owner.id, role: "editor" }, context())).toBe("not-found");
      expect(await removeMember(actor, { institutionId: institution.id, userId: owner.id }, context())).toBe("not-found");
    }
    expect(await footprint(institution.id)).toEqual(before);
    expect(await roleOf(owner.id, institution.id)).toBe("owner");
  });

  it("a bureau admin may manage the staff, but not take away the last owner", async () => {
    const { institution, owner } = await institutionWithOwner();
    const editor = await memberOf(institution.id, "editor");
    const admin = await actorOf((await makeUser({ bureauRole: "admin" })).id);
    expect(await changeRole(admin, { institutionId: institution.id, userId: editor.id, role: "reviewer" }, context())).toBe("ok");
    expect(await changeRole(admin, { institutionId: institution.id, userId: owner.id, role: "editor" }, context())).toBe("last-owner");
    expect(await removeMember(admin, { institutionId: institution.id, userId: owner.id }, context())).toBe("last-owner");
    expect(await roleOf(owner.id, institution.id)).toBe("owner");
  });

  it("any member leaves (audited); someone who is not a member has nothing to leave", async () => {
    const { institution } = await institutionWithOwner();
    const reviewer = await memberOf(institution.id, "reviewer");
    expect(await leaveInstitution(reviewer, institution.id, context())).toBe("ok");
    expect(await roleOf(reviewer.id, institution.id)).toBeNull();
    expect(await testDb.auditEvent.count({ where: { action: "staff.left", actorId: reviewer.id, institutionId: institution.id } })).toBe(1);
    expect(await leaveInstitution(reviewer, institution.id, context())).toBe("not-found");
    // Removing oneself is leaving, for anyone.
    const editor = await memberOf(institution.id, "editor");
    expect(await removeMember(editor, { institutionId: institution.id, userId: editor.id }, context())).toBe("ok");
    expect(await testDb.auditEvent.count({ where: { action: "staff.left", actorId: editor.id } })).toBe(1);
  });
});

describe("the last owner", () => {
  it("can neither leave nor be demoted or removed; with a second owner each of these works", async () => {
    const { institution, owner } = await institutionWithOwner();
    const before = await footprint(institution.id);
    expect(await leaveInstitution(owner, institution.id, context())).toBe("last-owner");
    expect(await changeRole(owner, { institutionId: institution.id, userId: owner.id, role: "editor" }, context())).toBe("last-owner");
    expect(await removeMember(owner, { institutionId: institution.id, userId: owner.id }, context())).toBe("last-owner");
    expect(await footprint(institution.id)).toEqual(before);

    const second = await memberOf(institution.id, "owner");
    expect(await changeRole(owner, { institutionId: institution.id, userId: owner.id, role: "editor" }, context())).toBe("ok");
    expect(await changeRole(second, { institutionId: institution.id, userId: owner.id, role: "owner" }, context())).toBe("ok");
    expect(await removeMember(owner, { institutionId: institution.id, userId: second.id }, context())).toBe("ok");
    expect(await leaveInstitution(owner, institution.id, context())).toBe("last-owner");
  });

  it("two owners demoting each other at once never leave the institution without an owner", async () => {
    for (let round = 0; round < 8; round++) {
      const { institution, owner: a } = await institutionWithOwner();
      const b = await memberOf(institution.id, "owner");
      const results = await Promise.all([
        changeRole(a, { institutionId: institution.id, userId: b.id, role: "editor" }, context()),
        changeRole(b, { institutionId: institution.id, userId: a.id, role: "reviewer" }, context()),
      ]);
      expect(results.filter((r) => r === "ok")).toHaveLength(1);
      expect(await testDb.membership.count({ where: { institutionId: institution.id, role: "owner" } })).toBe(1);
      expect(await testDb.auditEvent.count({ where: { action: "staff.role-changed", institutionId: institution.id } })).toBe(1);
    }
  });

  it("two owners leaving at once, or removing each other, leave one owner", async () => {
    for (let round = 0; round < 6; round++) {
      const { institution, owner: a } = await institutionWithOwner();
      const b = await memberOf(institution.id, "owner");
      const results = await Promise.all(round % 2 === 0
        ? [leaveInstitution(a, institution.id, context()), leaveInstitution(b, institution.id, context())]
        : [removeMember(a, { institutionId: institution.id, userId: b.id }, context()), removeMember(b, { institutionId: institution.id, userId: a.id }, context())]);
      expect(results.filter((r) => r === "ok")).toHaveLength(1);
      expect(await testDb.membership.count({ where: { institutionId: institution.id, role: "owner" } })).toBe(1);
    }
  });
});
