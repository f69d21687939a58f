// The one place that answers "may this actor do this to that?" (CONVENTIONS.md rule 5). Pages,
// server actions and API routes ask it on the server, next to the data; the authorization table
// test (test/e2e/authorization.spec.ts) walks every route against every kind of actor.
import type { BureauRole, InstitutionRole } from "./roles";

/** A signed-in person as the server sees them, with roles read from the database on this request. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  locale: string;
  emailVerified: boolean;
  bureauRole: BureauRole | null;
  memberships: { institutionId: string; institutionSlug: string; role: InstitutionRole }[];
  /** How this request proved who it is: a session cookie or a personal API token. */
  via: "session" | "token";
}

export type Action =
  /** Anything about one's own account: profile, password, tokens, data export, deletion. */
  | "account.manage"
  /** Creating personal API tokens: with a session (a token cannot mint tokens) and a verified email. */
  | "account.tokens.create"
  /** Needs a verified email (applying, from the enrollment issue). */
  | "account.verified-actions"
  | "admin.audit.read"
  | "admin.outbox.read"
  | "admin.users.manage"
  /** Bureau review work: approving institutions, programmes, decisions (later issues). */
  | "bureau.review"
  /** Applying to register an institution (needs a verified email: the bureau will write to it). */
  | "institution.apply"
  /** The staff area of one institution. */
  | "institution.staff-area"
  | "institution.edit"
  | "institution.manage-staff"
  /** Deciding applications to one institution's programmes (approve, reject). */
  | "enrollment.review"
  /** Running one institution's offerings: cancel, complete, no-show, reorder the waitlist, admit over capacity. */
  | "enrollment.run";

export interface Subject { institutionId?: string }

const roleIn = (actor: Actor, institutionId: string | undefined, roles: readonly InstitutionRole[]) =>
  institutionId !== undefined && actor.memberships.some((m) => m.institutionId === institutionId && roles.includes(m.role));

export function can(actor: Actor | null, action: Action, subject: Subject = {}): boolean {
  if (!actor) return false;
  const admin = actor.bureauRole === "admin";
  switch (action) {
    case "account.manage":
      return true;
    case "account.tokens.create":
      return actor.via === "session" && actor.emailVerified;
    case "account.verified-actions":
      return actor.emailVerified;
    case "admin.audit.read":
    case "admin.outbox.read":
    case "admin.users.manage":
      return admin;
    case "institution.apply":
      return actor.emailVerified;
    case "bureau.review":
      return actor.bureauRole !== null;
    case "institution.staff-area":
      return actor.bureauRole !== null || roleIn(actor, subject.institutionId, ["owner", "editor", "reviewer"]);
    case "institution.edit":
      return admin || roleIn(actor, subject.institutionId, ["owner", "editor"]);
    case "institution.manage-staff":
      return admin || roleIn(actor, subject.institutionId, ["owner"]);
    case "enrollment.review":
      return actor.bureauRole !== null || roleIn(actor, subject.institutionId, ["owner", "reviewer"]);
    case "enrollment.run":
      return admin || roleIn(actor, subject.institutionId, ["owner", "editor"]);
  }
}
