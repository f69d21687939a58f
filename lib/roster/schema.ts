// Inputs of the applicants page and the roster export, defined once for the page, its forms, the
// server actions and the API route. Rule messages are keys of the `validation` namespace.
import { z } from "../zod";
import { idSchema } from "../forms/schemas";
import { hasInvalidCharacter } from "../text";
import { LOCALES } from "../i18n/routing";
import { ENROLLMENT_STATES } from "../enrollment/states";
import { rejectionFormSchema } from "../enrollment/schema";

/** Applicants per page of the list (and so at most this many in one "select all on this page"). */
export const APPLICANTS_PAGE_SIZE = 30;
/** The most enrollments one bulk action takes: each is its own audited transaction, one after another. */
export const BULK_MAX = 200;
/** The most rows one export holds; a bigger roster is exported a state at a time. */
export const EXPORT_MAX_ROWS = 10_000;
export const SEARCH_MAX = 100;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The list's filters, from the page's URL (a GET form that works without JavaScript): one state,
 * a search in names and email addresses, a page. A URL is not a form a person filled in, so what
 * cannot be read falls back to "no filter" rather than an error page.
 */
export const applicantFilterSchema = z.object({
  state: z.preprocess(first, z.enum(ENROLLMENT_STATES).optional()).catch(undefined),
  q: z.preprocess(first, z.string().transform((v) => v.trim().slice(0, SEARCH_MAX)).refine((v) => v !== "" && !hasInvalidCharacter(v)).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(Math.floor(EXPORT_MAX_ROWS / APPLICANTS_PAGE_SIZE))).catch(1),
});
export type ApplicantFilter = z.output<typeof applicantFilterSchema>;

/** The operations a bulk action makes: deciding (reviewers) or the outcome once the offering has started (staff running it). */
export const BULK_ACTIONS = ["approve", "reject", "complete", "no-show"] as const;
export type BulkActionName = (typeof BULK_ACTIONS)[number];
export const DECIDING: ReadonlySet<BulkActionName> = new Set(["approve", "reject"]);

const enrollmentIds = z
  .array(idSchema, { error: "invalid" })
  .min(1, { error: "invalid" })
  .max(BULK_MAX, { error: "invalid" })
  .transform((ids) => [...new Set(ids)]);

const target = { offeringId: idSchema, enrollmentIds };

/**
 * One action on several enrollments of one offering; a rejection records one reason code and one
 * message for all of them (the same fields as deciding one application).
 */
export const bulkActionSchema = z.discriminatedUnion("action", [
  z.object({ ...target, action: z.literal("approve") }),
  z.object({ ...target, action: z.literal("reject"), ...rejectionFormSchema.shape }),
  z.object({ ...target, action: z.enum(["complete", "no-show"]) }),
], { error: "invalid_choice" });
export type BulkActionInput = z.output<typeof bulkActionSchema>;

/** Marking one confirmed person as having completed, or not having come. */
export const outcomeSchema = z.object({ offeringId: idSchema, enrollmentId: idSchema, outcome: z.enum(["complete", "no-show"], { error: "invalid_choice" }) });
export type OutcomeInput = z.output<typeof outcomeSchema>;

// ─── The roster export ────────────────────────────────────────────────────────

export const ROSTER_FORMATS = ["csv", "xlsx"] as const;
export type RosterFormat = (typeof ROSTER_FORMATS)[number];
/** The columns one may choose, in the order the form lists them; "answers" stands for one column per question. */
export const ROSTER_COLUMNS = ["name", "email", "phone", "state", "position", "appliedAt", "decidedAt", "answers", "attendance"] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** A parameter given once or repeated, each value possibly a comma-separated list ("columns=name,email&columns=phone"). */
const list = (value: unknown) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()) : [v])));

/**
 * GET /api/v1/offerings/{id}/roster's query (also the applicants page's download form): the file
 * format, the columns in the order wanted (all when not given), the states to include (all when
 * not given), and the language of headings, states and question labels (the caller's when not
 * given). Parameters it does not know are ignored.
 */
export const rosterExportSchema = z.object({
  format: z.enum(ROSTER_FORMATS, { error: "invalid_choice" }).default("csv"),
  columns: z
    .preprocess(list, z.array(z.enum(ROSTER_COLUMNS, { error: "invalid_choice" }), { error: "invalid_choice" }).min(1, { error: "invalid_choice" }).max(50, { error: "invalid_choice" }).optional())
    .transform((columns) => (columns ? [...new Set(columns)] : [...ROSTER_COLUMNS])),
  state: z
    .preprocess(list, z.array(z.enum(ENROLLMENT_STATES, { error: "invalid_choice" }), { error: "invalid_choice" }).min(1, { error: "invalid_choice" }).max(50, { error: "invalid_choice" }).optional())
    .transform((states) => (states ? [...new Set(states)] : null)),
  lang: z.enum(LOCALES, { error: "invalid_choice" }).optional(),
});
export type RosterExportInput = z.output<typeof rosterExportSchema>;
