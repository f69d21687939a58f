// Inputs of the programme editor, defined once for the editor's forms, its server actions and the
// tests. Every field is declared twice over in one table: as the working copy keeps it (anything a
// person may have half-typed, within the sizes the database should hold, so autosave never loses
// text), and as it is applied to the programme (trimmed, in range, in the right format). What a
// programme needs before it is published is not here but in completeness.ts, per language.
// Custom rules carry a message key of the `validation` namespace.
import { z } from "../zod";
import { ADMISSIONS, AREAS, AWARDS, FUNDING, LANGUAGES, LEVELS, MODES, PROGRAMME_KINDS, TRAINING_TRACKS, type ProgrammeKind } from "../catalogue/codes";
import { COUNTRIES } from "../geo/countries";
import { blankToNull, idSchema } from "../forms/schemas";
import { hasControlCharacter, withoutInvalidCharacter } from "../text";

export const LIMITS = {
  title: 200, summary: 500, body: 20_000, certificate: 200, eligibility: 1000,
  fee: 10_000_000, hours: 10_000, months: 120, experts: 20, slug: 80,
  expertName: 100, affiliation: 200, bio: 2000,
} as const;

/** Text as typed: any length up to `max`, nothing required. */
const typed = (max: number) => z.string({ error: "invalid" }).max(max, { error: `text_too_long:${max}` }).refine(...withoutInvalidCharacter);
/** A code chosen from a list, or none. */
const choice = <T extends readonly [string, ...string[]]>(codes: T) => z.preprocess(blankToNull, z.enum(codes, { error: "invalid_choice" }).nullable());
/** A number as typed (an empty field is none); the applied rule decides whether it is acceptable. */
const typedNumber = z.preprocess(blankToNull, z.number({ error: "invalid" }).min(-1e9, { error: "invalid" }).max(1e9, { error: "invalid" }).nullable());
const wholeNumber = (min: number, max: number, error: string) => z.number({ error }).int({ error }).min(min, { error }).max(max, { error });

/** One line, trimmed; empty is allowed until publishing (completeness.ts). */
const line = (max: number) => typed(max).transform((v) => v.trim()).refine((v) => !hasControlCharacter(v), { error: "text_one_line" });
/** Paragraphs (Markdown for the description), trimmed at the ends. */
const paragraphs = (max: number) => typed(max).transform((v) => v.trim());
/** Optional text stored as null when empty. */
const optionalLine = (max: number) => line(max).transform((v) => v || null);
const optionalParagraphs = (max: number) => paragraphs(max).transform((v) => v || null);

/** Lower-case letters, digits and single hyphens: the programme's address, /programmes/<slug>. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string({ error: "slug_invalid" }).trim().toLowerCase().min(3, { error: "slug_invalid" }).max(LIMITS.slug, { error: "slug_invalid" }).regex(SLUG_PATTERN, { error: "slug_invalid" });

const experts = (rule: z.ZodType<string>) => z.array(rule, { error: "invalid" }).max(LIMITS.experts, { error: `text_too_long:${LIMITS.experts}` })
  .refine((ids) => new Set(ids).size === ids.length, { error: "invalid" });

const field = <D extends z.ZodType, A extends z.ZodType>(draft: D, applied: A) => ({ draft, applied });

/**
 * Every field the editor edits. `draft`: what the working copy accepts; `applied`: what saving or
 * publishing accepts. Field names are the ones completeness.ts reports, and the message catalogue
 * labels each under `studio.editor.fields.<name>`.
 */
export const PROGRAMME_FIELDS = {
  titleZh: field(typed(LIMITS.title), line(LIMITS.title)),
  titleEn: field(typed(LIMITS.title), line(LIMITS.title)),
  summaryZh: field(typed(LIMITS.summary), paragraphs(LIMITS.summary)),
  summaryEn: field(typed(LIMITS.summary), paragraphs(LIMITS.summary)),
  bodyZh: field(typed(LIMITS.body), paragraphs(LIMITS.body)),
  bodyEn: field(typed(LIMITS.body), paragraphs(LIMITS.body)),
  certificateZh: field(typed(LIMITS.certificate), optionalLine(LIMITS.certificate)),
  certificateEn: field(typed(LIMITS.certificate), optionalLine(LIMITS.certificate)),
  eligibilityZh: field(typed(LIMITS.eligibility), optionalParagraphs(LIMITS.eligibility)),
  eligibilityEn: field(typed(LIMITS.eligibility), optionalParagraphs(LIMITS.eligibility)),
  area: field(choice(AREAS), z.enum(AREAS, { error: "invalid_choice" })),
  level: field(choice(LEVELS), choice(LEVELS)),
  mode: field(choice(MODES), z.enum(MODES, { error: "invalid_choice" })),
  admission: field(choice(ADMISSIONS), z.enum(ADMISSIONS, { error: "invalid_choice" })),
  language: field(choice(LANGUAGES), z.enum(LANGUAGES, { error: "invalid_choice" })),
  feeYuan: field(typedNumber, z.preprocess(blankToNull, wholeNumber(0, LIMITS.fee, "fee_invalid"))),
  slug: field(typed(100), slug),
  award: field(choice(AWARDS), choice(AWARDS)),
  durationMonths: field(typedNumber, z.preprocess(blankToNull, wholeNumber(1, LIMITS.months, "months_invalid").nullable())),
  track: field(choice(TRAINING_TRACKS), choice(TRAINING_TRACKS)),
  hours: field(typedNumber, z.preprocess(blankToNull, wholeNumber(1, LIMITS.hours, "hours_invalid").nullable())),
  country: field(choice(COUNTRIES), z.preprocess(blankToNull, z.enum(COUNTRIES, { error: "destination_invalid" }).refine((c) => c !== "CN", { error: "destination_invalid" }).nullable())),
  hostInstitutionId: field(z.preprocess(blankToNull, idSchema.nullable()), z.preprocess(blankToNull, idSchema.nullable())),
  funding: field(choice(FUNDING), choice(FUNDING)),
  employerRecommendation: field(z.boolean({ error: "invalid" }), z.boolean({ error: "invalid" })),
  experts: field(experts(idSchema), experts(idSchema)),
} as const;

type Fields = typeof PROGRAMME_FIELDS;
export type ProgrammeField = keyof Fields;
const shape = <K extends "draft" | "applied">(which: K) =>
  Object.fromEntries(Object.entries(PROGRAMME_FIELDS).map(([name, f]) => [name, f[which]])) as { [F in ProgrammeField]: Fields[F][K] };

/** The working copy, as autosave keeps it in Programme.draft. */
export const programmeDraftSchema = z.object(shape("draft"));
export type ProgrammeDraft = z.output<typeof programmeDraftSchema>;
/** The values of the editor's form (what the browser holds). */
export type ProgrammeFormValues = z.input<typeof programmeDraftSchema>;

/** The fields as saving or publishing applies them to the programme. */
export const programmeFieldsSchema = z.object(shape("applied"));
export type ProgrammeFields = z.output<typeof programmeFieldsSchema>;

/**
 * The fields that belong to each kind beyond the common ones; the others are stored empty.
 * Talent level and instruction language apply to every kind (the catalogue filters on them).
 */
export const KIND_FIELDS: Record<ProgrammeKind, readonly ProgrammeField[]> = {
  degree: ["award", "durationMonths"],
  training: ["hours", "track", "certificateZh", "certificateEn"],
  overseas: ["country", "hostInstitutionId", "funding", "durationMonths", "eligibilityZh", "eligibilityEn", "employerRecommendation"],
  lecture: ["experts"],
};

/** The programme being edited, and the version of it the editor holds (optimistic concurrency). */
const target = {
  institutionId: idSchema,
  programmeId: idSchema,
  /** The programme's updatedAt as the editor last read it: a save over a newer one is refused. */
  version: z.iso.datetime({ error: "invalid" }).transform((v) => new Date(v)),
};
export const programmeTargetSchema = z.object(target);
export type ProgrammeTarget = z.output<typeof programmeTargetSchema>;

export const saveDraftSchema = programmeDraftSchema.extend(target);
export type SaveDraftInput = z.output<typeof saveDraftSchema>;

/** Save (a programme not yet public) or publish: the working copy applied to the programme. */
export const applyProgrammeSchema = programmeFieldsSchema.extend(target);
export type ApplyProgrammeInput = z.output<typeof applyProgrammeSchema>;

export const STATUS_CHANGES = ["unpublish", "archive", "restore", "discard"] as const;
export type StatusChange = (typeof STATUS_CHANGES)[number];
export const statusChangeSchema = programmeTargetSchema.extend({ change: z.enum(STATUS_CHANGES, { error: "invalid_choice" }) });
export type StatusChangeInput = z.output<typeof statusChangeSchema>;

/** A new programme: its kind, area and a title in at least one language; the editor does the rest. */
export const newProgrammeSchema = z
  .object({
    institutionId: idSchema,
    kind: z.enum(PROGRAMME_KINDS, { error: "invalid_choice" }),
    area: z.enum(AREAS, { error: "invalid_choice" }),
    titleZh: line(LIMITS.title),
    titleEn: line(LIMITS.title),
  })
  .refine((p) => p.titleZh || p.titleEn, { error: "programme_title_required", path: ["titleZh"] });
export type NewProgrammeInput = z.output<typeof newProgrammeSchema>;

const required = (max: number, error: string) => line(max).refine((v) => v.length > 0, { error });

/** An expert added from the editor (lectures), to choose there and on later programmes. */
export const newExpertSchema = z.object({
  institutionId: idSchema,
  nameZh: required(LIMITS.expertName, "expert_name_required"),
  nameEn: required(LIMITS.expertName, "expert_name_required"),
  affiliationZh: required(LIMITS.affiliation, "affiliation_required"),
  affiliationEn: required(LIMITS.affiliation, "affiliation_required"),
  country: z.enum(COUNTRIES, { error: "invalid_choice" }),
  bioZh: paragraphs(LIMITS.bio),
  bioEn: paragraphs(LIMITS.bio),
});
export type NewExpertInput = z.output<typeof newExpertSchema>;
export type NewExpertFormValues = z.input<typeof newExpertSchema>;
