// Inputs of the staff domain (an institution's members and the invitations to join it), defined
// once for the forms, the server actions and the tests. Custom rules carry a message key of the
// `validation` namespace.
import { z } from "../zod";
import { emailSchema } from "../auth/schema";
import { idSchema } from "../forms/schemas";
import { INSTITUTION_ROLES } from "../auth/roles";

/** Roles an invitation can carry. Owners are made by changing a member's role, never by an emailed link. */
export const INVITABLE_ROLES = ["editor", "reviewer"] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** How long an invitation link works. */
export const INVITATION_LIFETIME_DAYS = 7;
/** Open (neither accepted nor revoked) invitations an institution may have at once, so inviting cannot be used to send mail in bulk. */
export const OPEN_INVITATIONS_MAX = 50;

/**
 * The secret in an invitation link: what lib/auth/random-secrets.ts makes (32 random bytes,
 * base64url, 43 characters). Anything else cannot be one, and its page is a 404.
 */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const isInvitationToken = (value: unknown): value is string => typeof value === "string" && INVITATION_TOKEN.test(value);

const role = z.enum(INSTITUTION_ROLES, { error: "invalid_choice" });

/** An owner invites someone by email as an editor or a reviewer. */
export const inviteSchema = z.object({
  institutionId: idSchema,
  email: emailSchema,
  role: z.enum(INVITABLE_ROLES, { error: "invalid_choice" }),
});
export type InviteInput = z.input<typeof inviteSchema>;
export type Invite = z.output<typeof inviteSchema>;

/** Revoking or sending again one open invitation. */
export const invitationSchema = z.object({ invitationId: idSchema });

/** Accepting an invitation: the link's secret, posted back by its page. */
export const acceptInvitationSchema = z.object({ token: z.string({ error: "link_invalid" }).regex(INVITATION_TOKEN, { error: "link_invalid" }) });

/** An owner gives a member another role. */
export const changeRoleSchema = z.object({ institutionId: idSchema, userId: idSchema, role });
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

/** An owner removes a member. */
export const removeMemberSchema = z.object({ institutionId: idSchema, userId: idSchema });
export type RemoveMemberInput = z.output<typeof removeMemberSchema>;

/** A member leaves an institution. */
export const leaveSchema = z.object({ institutionId: idSchema });
