"use server";
// Server actions of the staff domain, through the one pipeline (lib/forms/server-action.ts). The
// pipeline asks only for a session: who may manage which institution's staff is checked by the
// mutations, next to the data (and the refusal of someone who may not is put on the audit trail).
import { refuse, serverAction } from "../forms/server-action";
import { can, type Actor } from "../auth/policy";
import { recordRefusal } from "../audit/mutations";
import { acceptInvitation, changeRole, inviteStaff, leaveInstitution, removeMember, resendInvitation, revokeInvitation, type StaffChangeResult } from "./mutations";
import { acceptInvitationSchema, changeRoleSchema, invitationSchema, inviteSchema, leaveSchema, OPEN_INVITATIONS_MAX, removeMemberSchema } from "./schema";

const GONE = refuse("studio.staff.gone");

/** Refuses (and records) someone who may not manage this institution's staff; null when they may. */
async function refusedManager(actor: Actor, name: string, institutionId: string) {
  if (can(actor, "institution.manage-staff", { institutionId })) return null;
  await recordRefusal(actor.id, name, "institution.manage-staff");
  return refuse("admin.forbidden.text");
}

const changeOutcome = (result: StaffChangeResult) =>
  result === "ok" ? undefined : result === "last-owner" ? refuse("studio.staff.lastOwner") : GONE;

/** Invites an address as an editor or reviewer; the invitee gets a link by email. */
export const inviteStaffAction = serverAction({ name: "invite-staff", schema: inviteSchema, policy: "account.manage" }, async (input, { actor, locale, request }) => {
  const refused = await refusedManager(actor, "invite-staff", input.institutionId);
  if (refused) return refused;
  const result = await inviteStaff(actor, input, locale, request);
  switch (result.status) {
    case "sent":
      return { email: input.email, replaced: result.replaced };
    case "member":
      return refuse("studio.staff.invite.member", "email", { email: input.email });
    case "too-many":
      return refuse("studio.staff.invite.tooMany", undefined, { limit: OPEN_INVITATIONS_MAX });
    case "throttled":
      return refuse("studio.staff.invite.throttled");
    case "not-verified":
      return refuse("studio.staff.invite.notVerified");
    default:
      return GONE;
  }
});

/** Withdraws an open invitation. */
export const revokeInvitationAction = serverAction({ name: "revoke-invitation", schema: invitationSchema, policy: "account.manage" }, async ({ invitationId }, { actor, request }) =>
  (await revokeInvitation(actor, invitationId, request)) === "ok" ? undefined : GONE);

/** Sends an open invitation again, with a new link. */
export const resendInvitationAction = serverAction({ name: "resend-invitation", schema: invitationSchema, policy: "account.manage" }, async ({ invitationId }, { actor, locale, request }) => {
  const result = await resendInvitation(actor, invitationId, locale, request);
  if (result.status === "sent") return undefined;
  return result.status === "throttled" ? refuse("studio.staff.invite.throttled") : result.status === "not-verified" ? refuse("studio.staff.invite.notVerified") : GONE;
});

/** Accepts an invitation (a POST from its page: mail scanners that open the link accept nothing). */
export const acceptInvitationAction = serverAction({ name: "accept-invitation", schema: acceptInvitationSchema, policy: "account.manage" }, async ({ token }, { actor, request }) => {
  const result = await acceptInvitation(actor, token, request);
  if (result.status === "joined" || result.status === "already-member") return { slug: result.institution.slug };
  return refuse(`studio.staff.invitation.refused.${result.status}`);
});

/** Gives a member another role. */
export const changeRoleAction = serverAction({ name: "change-staff-role", schema: changeRoleSchema, policy: "account.manage" }, async (input, { actor, request }) =>
  (await refusedManager(actor, "change-staff-role", input.institutionId)) ?? changeOutcome(await changeRole(actor, input, request)));

/** Removes a member (removing oneself is leaving). */
export const removeMemberAction = serverAction({ name: "remove-staff", schema: removeMemberSchema, policy: "account.manage" }, async (input, { actor, request }) =>
  (input.userId !== actor.id ? await refusedManager(actor, "remove-staff", input.institutionId) : null) ?? changeOutcome(await removeMember(actor, input, request)));

/** Leaves an institution. */
export const leaveInstitutionAction = serverAction({ name: "leave-institution", schema: leaveSchema, policy: "account.manage" }, async ({ institutionId }, { actor, request }) =>
  changeOutcome(await leaveInstitution(actor, institutionId, request)));
