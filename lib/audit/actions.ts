// Every action the audit trail records; their names in both languages are under `auditAction`.
export const AUDIT_ACTIONS = [
  "account.created", "account.email-verified", "account.email-changed", "account.password-changed",
  "account.password-reset", "account.profile-updated", "account.exported", "account.deleted",
  "account.disabled", "account.enabled", "account.signed-out-everywhere", "auth.sign-in-failed", "auth.throttled",
  "role.granted", "role.revoked", "token.created", "token.revoked",
  "enrollment.decided", "enrollment.staff-changed", "enrollment.waitlist-reordered", "enrollment.admitted-over-capacity",
  "action.refused",
  "institution.applied", "institution.resubmitted", "institution.verified", "institution.changes-requested", "institution.rejected",
  "staff.invited", "staff.invitation-revoked", "staff.invitation-resent", "staff.joined", "staff.role-changed", "staff.removed", "staff.left",
  "roster.exported",
  "attendance.marked", "attendance.unmarked",
  "offering.created", "offering.updated", "offering.sessions-changed", "offering.capacity-changed", "offering.cancelled", "questions.published",
  "programme.created", "programme.saved", "programme.published", "programme.unpublished", "programme.archived", "programme.restored",
  "expert.created",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
