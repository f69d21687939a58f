import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { Locale } from "../i18n/routing";
import { requireActor } from "../auth/pages";
import { can, type Action, type Actor } from "../auth/policy";
import type { InstitutionRole } from "../auth/roles";
import { findStudioInstitution, type StudioInstitution } from "./queries";

export interface Studio { actor: Actor; institution: StudioInstitution; role: InstitutionRole | null }

/**
 * For pages under /studio/{institution}: the institution and the signed-in actor allowed to do
 * `action` there (its staff by role, or the bureau). Anonymous people go to sign-in; others get a
 * 403, and an unknown institution a 404. The data functions the page calls check again.
 */
export async function requireStudio(locale: Locale, slug: string, action: Action, path: string): Promise<Studio> {
  const actor = await requireActor(locale, "account.manage", `/studio/${slug}${path}`);
  const institution = /^[a-z0-9-]{1,100}$/.test(slug) ? await findStudioInstitution(slug) : null;
  if (!institution) notFound();
  if (!can(actor, "institution.staff-area", { institutionId: institution.id }) || !can(actor, action, { institutionId: institution.id })) forbidden();
  const role = actor.memberships.find((m) => m.institutionId === institution.id)?.role ?? null;
  return { actor, institution, role };
}
