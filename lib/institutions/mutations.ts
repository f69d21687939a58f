import "server-only";
import { db } from "../db";
import { env } from "../env";
import { isUniqueViolation } from "../db-errors";
import type { Prisma } from "../generated/prisma/client";
import { can, type Actor } from "../auth/policy";
import type { RequestContext } from "../auth/request";
import { recordAudit } from "../audit/mutations";
import { deliverSoon, enqueueEmail } from "../email/mutations";
import { localized } from "../i18n/localized";
import { localePath } from "../i18n/paths";
import { toLocale } from "../i18n/routing";
import { translator } from "../i18n/translator";
import type { InstitutionStatus } from "../catalogue/codes";
import { indexProgrammes } from "../search/indexer";
import type { InstitutionApplication, InstitutionReviewInput } from "./schema";

// An institution joins: a signed-in person applies, and becomes its owner at once (so they can
// prepare while they wait); the bureau verifies it, sends it back for changes, or refuses it.
// Each step is an InstitutionEvent (the applicant's timeline) and an audit entry, written in one
// transaction with the applicant's notification and email. Until it is verified an institution is
// not public (lib/catalogue/visibility.ts).

type Tx = Prisma.TransactionClient;

const fields = (input: InstitutionApplication) => ({
  nameZh: input.nameZh, nameEn: input.nameEn, kind: input.kind, registrationCode: input.registrationCode, country: input.country ?? "CN",
  district: input.district, address: input.address, website: input.website, contactName: input.contactName, contactEmail: input.contactEmail,
  contactPhone: input.contactPhone, summaryZh: input.summaryZh, summaryEn: input.summaryEn,
});

/** A URL slug from an English name ("Jinyun College" -> "jinyun-college"), or `fallback` when it has no Latin letters or digits. */
export function slugFrom(nameEn: string, fallback = "institution"): string {
  const slug = nameEn.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  return slug || fallback;
}

export type ApplicationResult = { status: "ok"; institution: { id: string; slug: string } } | { status: "duplicate" };

/** Registers an application to join, with the applicant as its owner. A registration code already held by a live institution of the same country answers "duplicate". */
export async function applyToJoin(actor: Actor, input: InstitutionApplication, context: RequestContext): Promise<ApplicationResult> {
  const base = slugFrom(input.nameEn);
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${Math.random().toString(36).slice(2, 6)}`;
    try {
      const institution = await db.$transaction(async (tx) => {
        const row = await tx.institution.create({ data: { ...fields(input), slug, status: "pending" }, select: { id: true, slug: true } });
        await tx.membership.create({ data: { userId: actor.id, institutionId: row.id, role: "owner" } });
        await tx.institutionEvent.create({ data: { institutionId: row.id, from: null, to: "pending", actorId: actor.id } });
        await recordAudit(tx, { actorId: actor.id, action: "institution.applied", subjectType: "institution", subjectId: row.id, institutionId: row.id, data: { after: { kind: input.kind, registrationCode: input.registrationCode } }, ip: context.ip });
        return row;
      });
      return { status: "ok", institution };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The slug was taken: try another; the registration code was: that is the answer.
      const taken = await db.institution.findFirst({ where: { country: input.country ?? "CN", registrationCode: input.registrationCode, status: { not: "rejected" } }, select: { id: true } });
      if (taken) return { status: "duplicate" };
      if (attempt >= 5) throw error;
    }
  }
}

/** Sends an application the bureau returned for changes back for review, with its corrected fields. Only its owners may. */
export async function resubmit(actor: Actor, institutionId: string, input: InstitutionApplication, context: RequestContext): Promise<"ok" | "not-found" | "duplicate"> {
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.institution.updateMany({
        where: { id: institutionId, status: "changes-requested", memberships: { some: { userId: actor.id, role: "owner" } } },
        data: { ...fields(input), status: "pending" },
      });
      if (count !== 1) return "not-found" as const;
      await tx.institutionEvent.create({ data: { institutionId, from: "changes-requested", to: "pending", actorId: actor.id } });
      await recordAudit(tx, { actorId: actor.id, action: "institution.resubmitted", subjectType: "institution", subjectId: institutionId, institutionId, ip: context.ip });
      return "ok" as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

const OUTCOME: Record<InstitutionReviewInput["decision"], InstitutionStatus> = { verify: "verified", "request-changes": "changes-requested", reject: "rejected" };

/** The bureau's decision on an application waiting for it; a second decision on the same one (two reviewers at once) finds nothing to decide. */
export async function reviewInstitution(actor: Actor, input: InstitutionReviewInput, context: RequestContext): Promise<"ok" | "not-found"> {
  if (!can(actor, "bureau.review")) return "not-found";
  const to = OUTCOME[input.decision];
  const message = input.decision === "verify" ? null : input.message;
  const result = await db.$transaction(async (tx) => {
    // Never one's own: a reviewer who applied for an institution does not decide on it.
    const { count } = await tx.institution.updateMany({ where: { id: input.institutionId, status: "pending", memberships: { none: { userId: actor.id } } }, data: { status: to } });
    if (count !== 1) return "not-found" as const;
    await tx.institutionEvent.create({ data: { institutionId: input.institutionId, from: "pending", to, actorId: actor.id, message } });
    await recordAudit(tx, { actorId: actor.id, action: `institution.${to}` as "institution.verified", subjectType: "institution", subjectId: input.institutionId, institutionId: input.institutionId, data: { decision: input.decision }, ip: context.ip });
    // Whether its programmes are public follows the institution's status (lib/catalogue/visibility.ts).
    const programmes = await tx.programme.findMany({ where: { institutionId: input.institutionId }, select: { id: true } });
    await indexProgrammes(tx, programmes.map((p) => p.id));
    await tellOwners(tx, input.institutionId, to, message);
    return "ok" as const;
  });
  if (result === "ok") deliverSoon();
  return result;
}

/** The owners' notification and email of a decision, each in their own language. */
async function tellOwners(tx: Tx, institutionId: string, status: InstitutionStatus, message: string | null) {
  const institution = await tx.institution.findUniqueOrThrow({
    where: { id: institutionId },
    select: { nameZh: true, nameEn: true, memberships: { where: { role: "owner" }, select: { user: { select: { id: true, email: true, name: true, locale: true } } } } },
  });
  for (const { user } of institution.memberships) {
    const locale = toLocale(user.locale);
    await tx.notification.create({ data: { userId: user.id, kind: `institution.${status}`, data: { institutionId, message } } });
    await enqueueEmail(tx, user.email, locale, {
      template: "institution-reviewed",
      name: user.name,
      institution: localized(locale, institution.nameZh, institution.nameEn),
      state: translator(locale, "institutionStatus")(status),
      message,
      url: `${env.SITE_URL}${localePath(locale, "/me/institutions")}`,
    });
  }
}
