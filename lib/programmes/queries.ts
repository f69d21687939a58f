import "server-only";
import { withoutLinks } from "../offerings/links";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ProgrammeKind } from "../catalogue/codes";
import { programmeDetailInclude, type ProgrammeDetail } from "../catalogue/queries";
import { previewFields, workingCopyOf, valuesFromColumns, type ProgrammeColumns } from "./working-copy";

// Reads of the programme editor. Callers have checked `institution.edit` (or, for the preview,
// `institution.staff-area`) for the institution (lib/studio/pages.ts); every read is scoped to that
// institution in its where clause, so a programme of another institution is simply not found.

const columnsSelect = {
  kind: true, titleZh: true, titleEn: true, summaryZh: true, summaryEn: true, bodyZh: true, bodyEn: true,
  certificateZh: true, certificateEn: true, eligibilityZh: true, eligibilityEn: true, area: true, level: true, mode: true,
  admission: true, language: true, feeYuan: true, slug: true, award: true, durationMonths: true, track: true, hours: true,
  country: true, hostInstitutionId: true, funding: true, employerRecommendation: true,
  experts: { orderBy: { position: "asc" }, select: { expertId: true } },
} satisfies Prisma.ProgrammeSelect;

type ColumnsRow = Prisma.ProgrammeGetPayload<{ select: typeof columnsSelect }>;
const columnsOf = ({ experts, ...row }: ColumnsRow): ProgrammeColumns => ({ ...row, experts: experts.map((e) => e.expertId) });

/** The programme as the editor opens it: its state, the version it edits, and the working copy (or the columns). */
export async function findProgrammeForEditor(institutionId: string, programmeId: string) {
  const row = await db.programme.findFirst({
    where: { id: programmeId, institutionId },
    select: { ...columnsSelect, id: true, status: true, publishedAt: true, updatedAt: true, draft: true, draftSavedAt: true },
  });
  if (!row) return null;
  const columns = columnsOf(row);
  const { values, fromDraft } = workingCopyOf({ ...columns, draft: row.draft });
  return {
    id: row.id, kind: row.kind as ProgrammeKind, status: row.status, slug: row.slug, publishedAt: row.publishedAt,
    version: row.updatedAt.toISOString(), draftSavedAt: fromDraft ? row.draftSavedAt : null, values,
    /** The programme as saved, so the editor can say what the working copy changes. */
    saved: valuesFromColumns(columns),
  };
}
export type EditorProgramme = NonNullable<Awaited<ReturnType<typeof findProgrammeForEditor>>>;

/** Experts a lecture may name, in a stable order (by English name). */
export async function findExpertChoices() {
  return db.expert.findMany({
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, nameZh: true, nameEn: true, affiliationZh: true, affiliationEn: true, country: true },
  });
}
export type ExpertChoice = Awaited<ReturnType<typeof findExpertChoices>>[number];

/** Partners an overseas programme may name as host: verified overseas-partner institutions. */
export async function findHostChoices() {
  return db.institution.findMany({
    where: { kind: "overseas-partner", status: "verified" },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: { id: true, nameZh: true, nameEn: true, country: true },
  });
}
export type HostChoice = Awaited<ReturnType<typeof findHostChoices>>[number];

/**
 * The programme as the public page would show it with its working copy applied (fields not yet
 * valid as they stand), whatever its state; null when the institution has no such programme.
 */
export async function findProgrammePreview(institutionId: string, programmeId: string): Promise<ProgrammeDetail | null> {
  const row = await db.programme.findFirst({ where: { id: programmeId, institutionId }, include: { ...programmeDetailInclude, experts: { ...programmeDetailInclude.experts, select: { expert: true, expertId: true } } } });
  if (!row) return null;
  const columns = columnsOf({ ...row, experts: row.experts });
  const { values } = workingCopyOf({ ...columns, draft: row.draft });
  const { experts: expertIds, ...fields } = previewFields(row.kind as ProgrammeKind, values, valuesFromColumns(columns));
  const [experts, hostInstitution] = await Promise.all([
    expertIds.length ? db.expert.findMany({ where: { id: { in: expertIds } } }) : [],
    fields.hostInstitutionId
      ? db.institution.findFirst({ where: { id: fields.hostInstitutionId, kind: "overseas-partner", status: "verified" }, select: programmeDetailInclude.hostInstitution.select })
      : null,
  ]);
  const byId = new Map(experts.map((e) => [e.id, e]));
  return {
    ...row,
    ...fields,
    offerings: row.offerings.map(withoutLinks),
    hostInstitution,
    experts: expertIds.flatMap((id) => (byId.has(id) ? [{ expert: byId.get(id)! }] : [])),
  };
}
