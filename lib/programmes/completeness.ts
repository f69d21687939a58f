// What a programme needs before it can be published, per language and by kind (issue 12: "publishing
// needs both languages' required fields, and says which are missing"). Pure, so the editor's meter,
// the publish mutation and the workspace list all answer the same.
import type { ProgrammeKind } from "../catalogue/codes";

export interface CompletenessInput {
  kind: ProgrammeKind;
  titleZh: string; titleEn: string;
  summaryZh: string; summaryEn: string;
  bodyZh: string; bodyEn: string;
  level: string | null;
  award: string | null;
  durationMonths: number | null;
  hours: number | null;
  certificateZh: string | null; certificateEn: string | null;
  country: string | null;
  eligibilityZh: string | null; eligibilityEn: string | null;
  expertCount: number;
}

/** Field names as the editor names them; the message catalogue has a label under `studio.editor.fields.<name>`. */
type Check = readonly [field: string, present: (p: CompletenessInput) => boolean];

const text = (value: string | null) => (value ?? "").trim().length > 0;
/** A chosen or typed value: an empty choice ("") and an empty number field (NaN) are none, as in the editor's form. */
const given = (value: string | number | null) => value !== null && value !== "" && !(typeof value === "number" && Number.isNaN(value));

const LANGUAGE_FIELDS: Record<"zh" | "en", readonly Check[]> = {
  zh: [["titleZh", (p) => text(p.titleZh)], ["summaryZh", (p) => text(p.summaryZh)], ["bodyZh", (p) => text(p.bodyZh)]],
  en: [["titleEn", (p) => text(p.titleEn)], ["summaryEn", (p) => text(p.summaryEn)], ["bodyEn", (p) => text(p.bodyEn)]],
};

const KIND_FIELDS: Record<ProgrammeKind, { zh: readonly Check[]; en: readonly Check[]; shared: readonly Check[] }> = {
  degree: { zh: [], en: [], shared: [["level", (p) => given(p.level)], ["award", (p) => given(p.award)], ["durationMonths", (p) => given(p.durationMonths)]] },
  training: { zh: [["certificateZh", (p) => text(p.certificateZh)]], en: [["certificateEn", (p) => text(p.certificateEn)]], shared: [["hours", (p) => given(p.hours)]] },
  overseas: {
    zh: [["eligibilityZh", (p) => text(p.eligibilityZh)]],
    en: [["eligibilityEn", (p) => text(p.eligibilityEn)]],
    shared: [["country", (p) => given(p.country)], ["durationMonths", (p) => given(p.durationMonths)]],
  },
  lecture: { zh: [], en: [], shared: [["experts", (p) => p.expertCount > 0]] },
};

export interface Part { done: number; total: number; missing: string[] }
export interface Completeness { zh: Part; en: Part; shared: Part; ready: boolean }

const part = (checks: readonly Check[], p: CompletenessInput): Part => {
  const missing = checks.filter(([, present]) => !present(p)).map(([field]) => field);
  return { done: checks.length - missing.length, total: checks.length, missing };
};

export function completeness(p: CompletenessInput): Completeness {
  const kind = KIND_FIELDS[p.kind];
  const zh = part([...LANGUAGE_FIELDS.zh, ...kind.zh], p);
  const en = part([...LANGUAGE_FIELDS.en, ...kind.en], p);
  const shared = part(kind.shared, p);
  return { zh, en, shared, ready: zh.missing.length + en.missing.length + shared.missing.length === 0 };
}

/** Every field a programme of `kind` may be missing, in the order the editor shows them. */
export function requiredFields(kind: ProgrammeKind): { zh: string[]; en: string[]; shared: string[] } {
  const names = (checks: readonly Check[]) => checks.map(([field]) => field);
  return { zh: names([...LANGUAGE_FIELDS.zh, ...KIND_FIELDS[kind].zh]), en: names([...LANGUAGE_FIELDS.en, ...KIND_FIELDS[kind].en]), shared: names(KIND_FIELDS[kind].shared) };
}

/** The completeness of the editor's values (its form, the working copy or the fields to apply), whose experts are a list of ids. */
export function completenessOfValues(kind: ProgrammeKind, values: Omit<CompletenessInput, "kind" | "expertCount"> & { experts: readonly unknown[] }): Completeness {
  return completeness({ ...values, kind, expertCount: values.experts.length });
}

/** A part as a whole percentage, for the meter. */
export const percent = ({ done, total }: Part) => (total === 0 ? 100 : Math.round((done / total) * 100));
