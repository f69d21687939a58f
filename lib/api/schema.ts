// Response shapes of the public API, defined once: the route handlers build their bodies to
// these types and the OpenAPI document is generated from them (lib/api/openapi.ts).
import { z } from "../zod";
import { questionSetSchema } from "../enrollment/questions";
import { ADMISSIONS, AREAS, INSTITUTION_KINDS, INSTITUTION_STATUSES, LEVELS, MODES, OFFERING_STATUSES, PROGRAMME_KINDS, PROGRAMME_STATUSES } from "../catalogue/codes";
import { programmeDraftSchema } from "../programmes/schema";
import { offeringDetailsSchema } from "../offerings/schema";
import { EDUCATION_LEVELS } from "../accounts/codes";
import { BUREAU_ROLES, INSTITUTION_ROLES } from "../auth/roles";
import { ENROLLMENT_STATES, SELF_TRANSITIONS } from "../enrollment/states";

const text = z.object({ zh: z.string(), en: z.string() }).meta({ description: "Both languages (DECISIONS.md)" });
const time = z.iso.datetime({ offset: true }).meta({ description: "An instant in UTC (ISO 8601)" });

export const windowStateSchema = z.enum(["not-yet-open", "open", "full", "closed", "cancelled"]);

export const apiOfferingSchema = z.object({
  startsAt: time,
  endsAt: time,
  timeZone: z.string().meta({ example: "Asia/Shanghai" }),
  opensAt: time,
  closesAt: time.meta({ description: "When enrolment closes: the earlier of the window's close and the first session" }),
  capacity: z.number().int().nullable().meta({ description: "null: no limit" }),
  seatsLeft: z.number().int().nullable(),
  window: windowStateSchema,
});

export const apiInstitutionRefSchema = z.object({ slug: z.string(), name: text });

export const apiProgrammeSummarySchema = z.object({
  slug: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  area: z.enum(AREAS),
  level: z.enum(LEVELS).nullable(),
  mode: z.enum(MODES),
  feeYuan: z.number().int(),
  title: text,
  summary: text,
  institution: apiInstitutionRefSchema,
  nextOffering: apiOfferingSchema.nullable().meta({ description: "The next offering that has not started and is not cancelled" }),
});

const facetList = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const apiFacetsSchema = z.object({
  kind: facetList, area: facetList, level: facetList, institution: facetList, mode: facetList,
  free: facetList.meta({ description: "values \"true\" and \"false\"" }),
  open: facetList.meta({ description: "values \"true\" and \"false\"" }),
});

export const apiProgrammeListSchema = z.object({
  items: z.array(apiProgrammeSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: apiFacetsSchema.meta({ description: "Counts per value; each facet's counts ignore that facet's own selection" }),
});

export const apiProgrammeDetailSchema = apiProgrammeSummarySchema.omit({ nextOffering: true }).extend({
  admission: z.enum(ADMISSIONS),
  language: z.string(),
  body: text.meta({ description: "Markdown" }),
  award: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  track: z.string().nullable(),
  country: z.string().nullable(),
  funding: z.string().nullable(),
  hostInstitution: apiInstitutionRefSchema.nullable(),
  experts: z.array(z.object({ name: text, affiliation: text, country: z.string() })),
  offerings: z.array(apiOfferingSchema.extend({
    feeYuan: z.number().int().meta({ description: "This offering's fee: its own, else the programme's" }),
    mode: z.enum(MODES).meta({ description: "This offering's mode: its own, else the programme's" }),
    admission: z.enum(ADMISSIONS).meta({ description: "This offering's admission: its own, else the programme's" }),
    venue: text.nullable(),
    online: z.boolean().meta({ description: "It meets online; the link itself is given only to confirmed participants (GET /me/enrollments)" }),
    cancelReason: text.nullable().meta({ description: "Why a cancelled offering was cancelled" }),
    sessions: z.array(z.object({ startsAt: time, endsAt: time, venue: text.nullable(), online: z.boolean() })),
  })),
});

export const apiInstitutionSchema = z.object({
  slug: z.string(),
  kind: z.enum(INSTITUTION_KINDS),
  status: z.enum(INSTITUTION_STATUSES),
  name: text,
  summary: text,
  district: z.string().nullable(),
  country: z.string(),
  programmeCount: z.number().int(),
});

export const apiInstitutionListSchema = z.object({ items: z.array(apiInstitutionSchema) });
export const apiInstitutionDetailSchema = apiInstitutionSchema.omit({ programmeCount: true }).extend({
  website: z.string().nullable(),
  programmes: z.array(apiProgrammeSummarySchema),
});

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(["validation", "unauthorized", "forbidden", "not_found", "conflict", "too_large", "throttled", "internal"]),
    fields: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
  }),
});

export type ApiProgrammeSummary = z.infer<typeof apiProgrammeSummarySchema>;
export type ApiOffering = z.infer<typeof apiOfferingSchema>;

// ─── The signed-in person (session cookie or personal API token) ──────────────

export const apiMeSchema = z.object({
  id: z.string(),
  email: z.email(),
  emailVerified: z.boolean(),
  name: z.string(),
  phone: z.string().nullable().meta({ description: "E.164, e.g. +8613800138000" }),
  locale: z.enum(["zh-CN", "en"]).meta({ description: "Preferred language, used for emails" }),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  employer: z.string().nullable(),
  yearsExperience: z.number().int().nullable(),
  talentLevel: z.enum(LEVELS).nullable(),
  roles: z.object({
    bureau: z.enum(BUREAU_ROLES).nullable(),
    institutions: z.array(z.object({ slug: z.string(), role: z.enum(INSTITUTION_ROLES) })),
  }),
});

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().meta({ description: "The token's first characters, to tell tokens apart" }),
  createdAt: time,
  expiresAt: time,
  lastUsedAt: time.nullable(),
  revoked: z.boolean(),
});
export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
export const apiTokenCreatedSchema = apiTokenSchema.extend({
  token: z.string().meta({ description: "The token itself, shown this once only; send it as Authorization: Bearer <token>" }),
});

// ─── Enrollments ──────────────────────────────────────────────────────────────

export const apiEnrollmentSchema = z.object({
  id: z.string(),
  state: z.enum(ENROLLMENT_STATES),
  position: z.number().int().nullable().meta({ description: "Place on the waitlist (1 = next), when waitlisted" }),
  offerExpiresAt: time.nullable().meta({ description: "When an offered seat lapses unless accepted" }),
  actions: z.array(z.enum(SELF_TRANSITIONS)).meta({ description: "What the person may do now" }),
  createdAt: time,
  offering: z.object({
    id: z.string(),
    startsAt: time,
    endsAt: time,
    timeZone: z.string(),
    programme: z.object({ slug: z.string(), title: text, institution: apiInstitutionRefSchema }),
    onlineUrl: z.string().nullable().meta({ description: "The online link, only while the person holds a confirmed or completed place" }),
  }),
  timeline: z.array(z.object({ from: z.enum(ENROLLMENT_STATES).nullable(), to: z.enum(ENROLLMENT_STATES), at: time, reasonCode: z.string().nullable(), message: z.string().nullable() })),
  formVersion: z.number().int().nullable().meta({ description: "Version of the programme's questions that were answered" }),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable().meta({ description: "Answers to the programme's questions, by question key" }),
});
export const apiEnrollmentListSchema = z.object({ items: z.array(apiEnrollmentSchema) });

export const apiQuestionsSchema = questionSetSchema.safeExtend({
  version: z.number().int().meta({ description: "Send it back as formVersion when applying" }),
}).or(z.object({ version: z.null(), steps: z.array(z.never()).meta({ description: "The programme asks no questions" }) }));

// ─── Staff: an institution's programmes and offerings ─────────────────────────
// Request bodies are the portal's own input schemas (lib/programmes/schema.ts,
// lib/offerings/schema.ts, lib/offerings/question-editor.ts), with the ids the path gives left out.

const count = z.number().int().min(0);
const completenessPart = z.object({
  done: count,
  total: count,
  missing: z.array(z.string()).meta({ description: "Fields still needed to publish, named as in the request bodies" }),
});
export const apiCompletenessSchema = z.object({
  zh: completenessPart.meta({ description: "Chinese fields" }),
  en: completenessPart.meta({ description: "English fields" }),
  shared: completenessPart.meta({ description: "Fields common to both languages (by kind: level, award, hours, country, experts...)" }),
  ready: z.boolean().meta({ description: "Everything needed to publish is there" }),
});

const programmeVersion = z.string().meta({
  description: "The version of the programme this answer shows. Send it back unchanged with the next write: a write over a newer version is refused (409, error.fields[0].code stale), so that nobody overwrites someone else's changes unseen",
  example: "2027-03-01T08:00:00.000Z",
});

export const apiStaffProgrammeSummarySchema = z.object({
  id: z.string(),
  slug: z.string().meta({ description: "The public address: /programmes/{slug}" }),
  kind: z.enum(PROGRAMME_KINDS),
  status: z.enum(PROGRAMME_STATUSES),
  title: text,
  version: programmeVersion,
  workingCopy: z.boolean().meta({ description: "Someone's changes are waiting, unsaved, in the portal's editor; a write through the API replaces them" }),
  completeness: apiCompletenessSchema.meta({ description: "Of the programme as saved (what publishing publishes)" }),
});
export const apiStaffProgrammeListSchema = z.object({ items: z.array(apiStaffProgrammeSummarySchema) });
export const apiStaffProgrammeSchema = apiStaffProgrammeSummarySchema.extend({
  publishedAt: time.nullable().meta({ description: "When it was first published" }),
  workingCopySavedAt: time.nullable().meta({ description: "When the editor's unsaved working copy was last kept, if there is one" }),
  fields: programmeDraftSchema.meta({ description: "The programme's fields as saved, in the shape PUT takes them (add version)" }),
});

export const apiStaffOfferingSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(OFFERING_STATUSES),
  timeZone: z.string(),
  startsAt: time,
  endsAt: time,
  opensAt: time,
  closesAt: time,
  capacity: z.number().int().nullable().meta({ description: "null: no limit" }),
  seatsTaken: count,
  sessionCount: count,
  waitlisted: count,
});
export const apiStaffOfferingListSchema = z.object({ items: z.array(apiStaffOfferingSummarySchema) });

export const apiStaffOfferingSchema = apiStaffOfferingSummarySchema.omit({ sessionCount: true }).extend({
  programme: z.object({ id: z.string(), slug: z.string(), title: text }),
  submitted: count.meta({ description: "Applications waiting for a decision" }),
  cancelledAt: time.nullable(),
  cancelReason: text.nullable(),
  sessions: z.array(z.object({
    id: z.string(),
    startsAt: time,
    endsAt: time,
    venue: text.nullable().meta({ description: "This session's own venue; null: the offering's" }),
    url: z.string().nullable().meta({ description: "This session's own online link" }),
    attendances: count.meta({ description: "People marked present (a session with any cannot be removed)" }),
  })),
  fields: offeringDetailsSchema.meta({ description: "The offering's details in the shape PATCH takes them: dates and times local to timeZone (YYYY-MM-DDTHH:mm)" }),
});
export const apiSessionsAddedSchema = z.object({ added: z.number().int().min(1), offering: apiStaffOfferingSchema });
export const apiOfferingCancelledSchema = z.object({
  enrollmentsCancelled: count.meta({ description: "Live applications and places cancelled (each applicant is told, with the reason)" }),
  offering: apiStaffOfferingSchema,
});
export const apiQuestionsPublishedSchema = z.object({
  version: z.number().int().min(1),
  unchanged: z.boolean().meta({ description: "The set was the same as the newest version, so no new version was made" }),
});
