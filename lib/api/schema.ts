// Response shapes of the public API, defined once: the route handlers build their bodies to
// these types and the OpenAPI document is generated from them (lib/api/openapi.ts).
import { z } from "../zod";
import { questionSetSchema } from "../enrollment/questions";
import { ADMISSIONS, AREAS, INSTITUTION_KINDS, INSTITUTION_STATUSES, LEVELS, MODES, PROGRAMME_KINDS } from "../catalogue/codes";
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
