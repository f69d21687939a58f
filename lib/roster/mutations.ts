import "server-only";
import { db } from "../db";
import { can, type Actor } from "../auth/policy";
import { recordAudit } from "../audit/mutations";
import type { RequestContext } from "../auth/request";
import { localized } from "../i18n/localized";
import { translator } from "../i18n/translator";
import type { Locale } from "../i18n/routing";
import { decide, staffTransition } from "../enrollment/mutations/staff";
import type { TransitionResult } from "../enrollment/mutations/engine";
import { DECIDING, EXPORT_MAX_ROWS, type BulkActionInput, type RosterExportInput } from "./schema";
import { findRosterOffering, findRosterSource } from "./queries";
import { rosterTable, localDateTime } from "./table";
import { attachment, CONTENT_TYPES, rosterFileNames, toCsv, toXlsx } from "./files";

// Work on an offering's applicants beyond one enrollment: a bulk action (each enrollment through
// the staff functions of lib/enrollment, which check the policy and audit each change; nothing here
// writes an enrollment) and the roster export (audited here). Who may: deciding needs
// enrollment.review, the rest enrollment.run, exporting either, all at the institution running the
// offering; anyone else finds nothing.

/** What a bulk action did, by outcome; `states` counts where the changed enrollments went (approving: confirmed or waitlisted). */
export interface BulkSummary {
  action: BulkActionInput["action"];
  done: number;
  states: Record<string, number>;
  /** Not possible in the enrollment's state (already decided, not confirmed...). */
  notAllowed: number;
  /** Changed by someone else at the same moment. */
  conflict: number;
  /** Not an enrollment of this offering, or the actor's own. */
  notFound: number;
}

export type BulkResult = { status: "ok"; summary: BulkSummary } | { status: "not-found" } | { status: "not-started" };

/**
 * One action on several enrollments of an offering, in the order they applied (so approving gives
 * free seats to the earliest applications first), each its own transaction through the staff
 * functions: one enrollment's refusal leaves the others done. Completion and no-show only once the
 * offering has started.
 */
export async function runBulk(actor: Actor, input: BulkActionInput, now = new Date()): Promise<BulkResult> {
  const offering = await findRosterOffering(input.offeringId);
  const right = DECIDING.has(input.action) ? "enrollment.review" : "enrollment.run";
  if (!offering || !can(actor, right, { institutionId: offering.programme.institutionId })) return { status: "not-found" };
  if (!DECIDING.has(input.action) && offering.startsAt.getTime() > now.getTime()) return { status: "not-started" };
  const found = await db.enrollment.findMany({
    where: { id: { in: input.enrollmentIds }, offeringId: offering.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const summary: BulkSummary = { action: input.action, done: 0, states: {}, notAllowed: 0, conflict: 0, notFound: input.enrollmentIds.length - found.length };
  for (const { id } of found) {
    let result: TransitionResult;
    if (input.action === "approve") result = await decide(actor, { enrollmentId: id, decision: "approve" }, now);
    else if (input.action === "reject") result = await decide(actor, { enrollmentId: id, decision: "reject", reasonCode: input.reasonCode, message: input.message }, now);
    else result = await staffTransition(actor, input.action, id, {}, now);
    if (result.status === "ok") {
      summary.done++;
      summary.states[result.state] = (summary.states[result.state] ?? 0) + 1;
    } else if (result.status === "not-allowed") summary.notAllowed++;
    else if (result.status === "conflict") summary.conflict++;
    else summary.notFound++;
  }
  return { status: "ok", summary };
}

export type ExportResult =
  | { status: "ok"; body: Buffer; contentType: string; disposition: string; rows: number }
  | { status: "not-found" } | { status: "too-many" };

/**
 * The roster of an offering as a file, for its institution's reviewers and the staff running it
 * (and the bureau): the roster holds personal data, so everyone else finds nothing, and every
 * export is recorded in the audit trail (who, which offering, format, columns, states, rows).
 */
export async function exportRoster(actor: Actor, offeringId: string, input: RosterExportInput, locale: Locale, request: RequestContext, now = new Date()): Promise<ExportResult> {
  const offering = await findRosterOffering(offeringId);
  const institutionId = offering?.programme.institutionId;
  if (!offering || !(can(actor, "enrollment.review", { institutionId }) || can(actor, "enrollment.run", { institutionId }))) return { status: "not-found" };
  const found = await findRosterSource(offering, input.state, EXPORT_MAX_ROWS, now);
  if (found.tooMany) return { status: "too-many" };
  const table = rosterTable(found.source, input.columns, locale);
  const t = translator(locale, "studio.applicants.export");
  const title = localized(locale, offering.programme.titleZh, offering.programme.titleEn);
  const body = input.format === "csv" ? toCsv(table) : await toXlsx(table, t("sheet"));
  const date = localDateTime(now, offering.timeZone).slice(0, 10);
  await recordAudit(db, {
    actorId: actor.id, action: "roster.exported", subjectType: "offering", subjectId: offering.id, institutionId, ip: request.ip,
    data: { format: input.format, columns: input.columns, states: input.state, language: locale, rows: table.rows.length },
  });
  return {
    status: "ok", body, rows: table.rows.length, contentType: CONTENT_TYPES[input.format],
    disposition: attachment(rosterFileNames({ title, code: offering.code, label: t("fileLabel"), date }, input.format)),
  };
}
