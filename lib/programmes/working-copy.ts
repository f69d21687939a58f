// The editor's working copy and the programme's columns, each made from the other. Pure, so the
// editor page, the preview, the mutations and the unit tests share one mapping.
import type { ProgrammeKind } from "../catalogue/codes";
import {
  KIND_FIELDS, PROGRAMME_FIELDS, programmeDraftSchema,
  type ProgrammeDraft, type ProgrammeField, type ProgrammeFields,
} from "./schema";

/** A programme's columns as the editor reads them, with its experts' ids in order. */
export interface ProgrammeColumns {
  kind: string;
  titleZh: string; titleEn: string; summaryZh: string; summaryEn: string; bodyZh: string; bodyEn: string;
  certificateZh: string | null; certificateEn: string | null; eligibilityZh: string | null; eligibilityEn: string | null;
  area: string; level: string | null; mode: string; admission: string; language: string; feeYuan: number; slug: string;
  award: string | null; durationMonths: number | null; track: string | null; hours: number | null;
  country: string | null; hostInstitutionId: string | null; funding: string | null; employerRecommendation: boolean;
  experts: string[];
}

/** The form's values for what the programme holds now (no working copy). */
export function valuesFromColumns(p: ProgrammeColumns): ProgrammeDraft {
  return {
    titleZh: p.titleZh, titleEn: p.titleEn, summaryZh: p.summaryZh, summaryEn: p.summaryEn, bodyZh: p.bodyZh, bodyEn: p.bodyEn,
    certificateZh: p.certificateZh ?? "", certificateEn: p.certificateEn ?? "", eligibilityZh: p.eligibilityZh ?? "", eligibilityEn: p.eligibilityEn ?? "",
    area: p.area as ProgrammeDraft["area"], level: p.level as ProgrammeDraft["level"], mode: p.mode as ProgrammeDraft["mode"],
    admission: p.admission as ProgrammeDraft["admission"], language: p.language as ProgrammeDraft["language"], feeYuan: p.feeYuan, slug: p.slug,
    award: p.award as ProgrammeDraft["award"], durationMonths: p.durationMonths, track: p.track as ProgrammeDraft["track"], hours: p.hours,
    country: p.country as ProgrammeDraft["country"], hostInstitutionId: p.hostInstitutionId, funding: p.funding as ProgrammeDraft["funding"],
    employerRecommendation: p.employerRecommendation, experts: p.experts,
  };
}

/**
 * What the editor opens with: the saved working copy laid over the columns, or the columns alone.
 * A working copy that no longer parses (an older shape) gives way to the columns, field by field.
 */
export function workingCopyOf(p: ProgrammeColumns & { draft: unknown }): { values: ProgrammeDraft; fromDraft: boolean } {
  const columns = valuesFromColumns(p);
  if (typeof p.draft !== "object" || p.draft === null || Array.isArray(p.draft)) return { values: columns, fromDraft: false };
  const draft = p.draft as Record<string, unknown>;
  const values = { ...columns };
  for (const name of Object.keys(PROGRAMME_FIELDS) as ProgrammeField[]) {
    if (!(name in draft)) continue;
    const parsed = programmeDraftSchema.shape[name].safeParse(draft[name]);
    if (parsed.success) (values as Record<string, unknown>)[name] = parsed.data;
  }
  return { values, fromDraft: true };
}

const ALL_KIND_FIELDS = new Set(Object.values(KIND_FIELDS).flat());
const EMPTY: Partial<Record<ProgrammeField, unknown>> = {
  certificateZh: null, certificateEn: null, eligibilityZh: null, eligibilityEn: null, award: null, durationMonths: null, track: null,
  hours: null, country: null, hostInstitutionId: null, funding: null, employerRecommendation: false, experts: [],
};

/** The applied fields as a programme of `kind` stores them: fields of other kinds emptied. */
export function fieldsForKind(kind: ProgrammeKind, fields: ProgrammeFields): ProgrammeFields {
  const own = new Set(KIND_FIELDS[kind]);
  const out = { ...fields } as Record<string, unknown>;
  for (const name of ALL_KIND_FIELDS) if (!own.has(name)) out[name] = EMPTY[name];
  return out as ProgrammeFields;
}

/**
 * The working copy as it would look applied, for the preview: each field that passes its applied
 * rule as it would be stored; a field that does not yet (a half-typed address) as the programme has it.
 */
export function previewFields(kind: ProgrammeKind, values: ProgrammeDraft, current: ProgrammeDraft): ProgrammeFields {
  const out = {} as Record<string, unknown>;
  for (const name of Object.keys(PROGRAMME_FIELDS) as ProgrammeField[]) {
    const applied = PROGRAMME_FIELDS[name].applied;
    const parsed = applied.safeParse(values[name]);
    out[name] = parsed.success ? parsed.data : applied.safeParse(current[name]).data ?? EMPTY[name] ?? null;
  }
  return fieldsForKind(kind, out as ProgrammeFields);
}
