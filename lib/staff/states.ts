// Where an invitation stands, from its row: a pure rule shared by the accept page and the mutation.

export type InvitationState = "open" | "used" | "revoked" | "expired";

/**
 * Open, or why its link no longer works: used (accepted, which happens once), revoked (withdrawn,
 * or replaced by a newer invitation to the same address, or its institution was refused), or expired.
 */
export function invitationState(
  invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null; institution: { status: string } },
  now = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt || invitation.institution.status === "rejected") return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "open";
}
