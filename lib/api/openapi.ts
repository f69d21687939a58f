// The OpenAPI 3.1 document of the public API, generated from the zod schemas the API uses.
import { z } from "../zod";
import {
  areaSchema, dateParam, institutionSlugSchema, levelSchema, MAX_PAGE_SIZE, modeSchema, programmeKindSchema, SORTS,
} from "../catalogue/schema";
import {
  apiErrorSchema, apiInstitutionDetailSchema, apiInstitutionListSchema, apiMeSchema, apiProgrammeDetailSchema, apiProgrammeListSchema,
  apiTokenCreatedSchema, apiTokenListSchema, apiEnrollmentSchema, apiEnrollmentListSchema, apiQuestionsSchema,
  apiOfferingCancelledSchema, apiQuestionsPublishedSchema, apiSessionsAddedSchema, apiStaffOfferingListSchema, apiStaffOfferingSchema,
  apiStaffProgrammeListSchema, apiStaffProgrammeSchema,
} from "./schema";
import { applicationSchema } from "../enrollment/questions";
import { SELF_TRANSITIONS } from "../enrollment/states";
import { CALENDAR_FEED_NAME } from "../enrollment/calendar-feed";
import { createTokenSchema, profileSchema } from "../accounts/schema";
import { API_BODY_LIMIT, formatLimit } from "../http/request-body";
import { ENROLLMENT_STATES } from "../enrollment/states";
import { EXPORT_MAX_ROWS, ROSTER_COLUMNS, ROSTER_FORMATS } from "../roster/schema";
import { applyProgrammeSchema, newProgrammeSchema, programmeTargetSchema } from "../programmes/schema";
import {
  cancelOfferingSchema, capacitySchema, createOfferingSchema, MAX_SESSIONS, sessionSchema, sessionSeriesSchema, updateOfferingSchema,
} from "../offerings/schema";
import { questionEditorSchema } from "../offerings/question-editor";

/** JSON Schema (2020-12, which OpenAPI 3.1 uses) of a zod schema, without its $schema line. */
function json(schema: z.ZodType) {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
  return rest;
}

/** The fields of an object schema, also one refined or transformed as a whole; null for any other schema. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodPipe) return objectShape(schema.in as z.ZodType);
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : null;
}

/**
 * JSON Schema of what a request body may contain: without the members the path gives (`omit`: the
 * staff endpoints parse the portal's own input schemas, which name the row), and requiring only the
 * members that cannot be left out (a blank optional field can); with `partial`, none (PATCH).
 */
function inputJson(schema: z.ZodType, { omit = [], partial = false, require = [] }: { omit?: string[]; partial?: boolean; require?: string[] } = {}) {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };
  const shape = objectShape(schema);
  for (const key of omit) delete rest.properties?.[key];
  if (rest.required) {
    const required = partial ? [] : rest.required.filter((key) => !omit.includes(key) && (require.includes(key) || !shape?.[key]?.safeParse(undefined).success));
    if (required.length) rest.required = required;
    else delete rest.required;
  }
  return rest;
}

type Param = { name: string; description: string; schema: z.ZodType; repeat?: boolean };

/** The catalogue's query parameters; the set must match catalogueQuerySchema's keys (test/integration/api.test.ts checks). */
export const catalogueParameters: Param[] = [
  { name: "q", description: "Full-text search in Chinese or English (every word must match; two-character Chinese terms work)", schema: z.string().max(100) },
  { name: "kind", description: "Programme kind; repeat to OR values", schema: programmeKindSchema, repeat: true },
  { name: "area", description: "Priority area; repeat to OR values", schema: areaSchema, repeat: true },
  { name: "level", description: "Talent level; repeat to OR values", schema: levelSchema, repeat: true },
  { name: "institution", description: "Institution slug; repeat to OR values", schema: institutionSlugSchema, repeat: true },
  { name: "mode", description: "Mode of delivery; repeat to OR values", schema: modeSchema, repeat: true },
  { name: "free", description: "true: free programmes; false: paid ones; both: either", schema: z.enum(["true", "false"]), repeat: true },
  { name: "open", description: "true: an enrolment window is open now (full offerings included)", schema: z.enum(["true", "false"]) },
  { name: "from", description: "Next start on or after this date (YYYY-MM-DD, Asia/Shanghai)", schema: dateParam },
  { name: "to", description: "Next start on or before this date (YYYY-MM-DD, Asia/Shanghai)", schema: dateParam },
  { name: "sort", description: "relevance (default with q), soonest (next start), closing (soonest closing open window), newest (default without q)", schema: z.enum(SORTS) },
  { name: "page", description: "1-based; page × pageSize at most 10000", schema: z.number().int().min(1) },
  { name: "pageSize", description: `Items per page, at most ${MAX_PAGE_SIZE}`, schema: z.number().int().min(1).max(MAX_PAGE_SIZE) },
];

const errors = {
  "400": { description: "A parameter is not valid; each bad one is named in error.fields (messages follow Accept-Language)", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "500": { description: "Unexpected failure", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};
const ok = (ref: string) => ({
  description: "OK (cacheable: s-maxage=60, ETag; send If-None-Match for a 304)",
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const notFound = { description: "No public programme or institution with that slug", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const slugParam = { name: "slug", in: "path", required: true, schema: { type: "string" } };

// The caller's own data: a personal API token or the portal's session cookie.
const signedIn = [{ bearerToken: [] }, { sessionCookie: [] }];
const errorRef = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
const personalErrors = {
  "401": { description: "No valid token or session", content: errorRef },
  "403": { description: "Not allowed (also: a write with a cookie from another site)", content: errorRef },
  "500": errors["500"],
};
// scripts/serve.ts answers a body over the limit before the route sees it.
const tooLarge = { "413": { description: `The body is over ${formatLimit(API_BODY_LIMIT)} (error.code too_large)`, content: errorRef } };
const personal = (ref: string, description = "OK (private, never cached)") => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const body = (ref: string) => ({ required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const calendar = (description: string) => ({ description, content: { "text/calendar": { schema: { type: "string", description: "iCalendar (RFC 5545)" } } } });

// ─── Staff: an institution's programmes, offerings and sessions ───────────────
// Request bodies are the portal's own input schemas, without the ids the path gives.

const STAFF = "For the institution's staff, with a personal token (Authorization: Bearer) or the portal's session: owners and editors (and bureau admins) change programmes and offerings; its reviewers and the bureau may also read them. To anyone else they do not exist (404).";
const pathParam = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const institutionParam = pathParam("slug", "The institution's slug");
const programmeParams = [institutionParam, pathParam("id", "The programme's id (GET /institutions/{slug}/programmes lists them)")];
const offeringParam = pathParam("id", "The offering's id (GET /institutions/{slug}/programmes/{id}/offerings lists them)");
const answer = (status: string, description: string) => ({ [status]: { description, content: errorRef } });
const badBody = answer("400", "The body is not JSON (error.fields[0].path (body)) or a field breaks its rule; each is named in error.fields, with the portal's own messages in the caller's language (Accept-Language)");
const noProgramme = answer("404", "No such programme of this institution, or the caller may not see or change it");
const noOffering = answer("404", "No such offering, or the caller may not see or change it");
const staffOp = (op: { summary: string; description?: string; parameters: unknown[]; requestBody?: unknown; responses: Record<string, unknown> }) => ({
  ...op,
  description: op.description ? `${op.description}\n\n${STAFF}` : STAFF,
  security: signedIn,
  responses: { ...op.responses, ...(op.requestBody ? tooLarge : {}), ...personalErrors },
});
const stale = "the programme changed since `version` was read (error.fields[0].code stale, on path version): read it again";
const programmeChange = (summary: string, description: string, conflict: string) => ({
  post: staffOp({
    summary, description, parameters: programmeParams, requestBody: body("ProgrammeVersion"),
    responses: { "200": personal("StaffProgramme"), ...badBody, ...noProgramme, ...answer("409", `${conflict}; or ${stale}`) },
  }),
});

function staffPaths() {
  return {
    "/institutions/{slug}/programmes": {
      get: staffOp({
        summary: "The institution's programmes in every state (draft, published, archived), with version and completeness per language",
        parameters: [institutionParam],
        responses: { "200": personal("StaffProgrammeList"), ...answer("404", "No such institution, or the caller is not its staff") },
      }),
      post: staffOp({
        summary: "Create a draft programme: its kind, area and a title in at least one language",
        description: "The address (slug) is made from the English title; fill in the rest with PUT, then publish. Nothing is public until then.",
        parameters: [institutionParam], requestBody: body("ProgrammeNew"),
        responses: { "201": personal("StaffProgramme", "Created (Location: the programme)"), ...badBody, ...answer("404", "No such institution, or the caller may not add programmes to it") },
      }),
    },
    "/institutions/{slug}/programmes/{id}": {
      get: staffOp({
        summary: "One programme as its editors work on it: its saved fields (the shape PUT takes), version, state and completeness",
        parameters: programmeParams,
        responses: { "200": personal("StaffProgramme"), ...noProgramme },
      }),
      put: staffOp({
        summary: "Replace the programme's fields (every field, as GET answers them, plus the version read)",
        description: "A draft or archived programme is saved (nothing public changes). A published programme's change goes public at once (catalogue, search and caches), so it must stay complete, as publishing requires. Fields that do not belong to the programme's kind are stored empty. Changes waiting unsaved in the portal's editor are replaced.",
        parameters: programmeParams, requestBody: body("ProgrammeInput"),
        responses: {
          "200": personal("StaffProgramme"), ...badBody, ...noProgramme,
          ...answer("409", `A published programme would lose a field it needs (each named, code publish_required); the address is taken (slug_taken, on slug); or ${stale}`),
        },
      }),
    },
    "/institutions/{slug}/programmes/{id}/publish": programmeChange(
      "Publish the programme as saved",
      "Publishing needs both languages' required fields (by kind) and a verified institution. Publishing a published programme again changes nothing public.",
      "Fields are missing (each named in error.fields, code publish_required), the institution is not verified (institution_unverified), or the programme is archived (not_allowed: restore it first)",
    ),
    "/institutions/{slug}/programmes/{id}/unpublish": programmeChange(
      "Unpublish: back to draft, gone from the public pages and search at once",
      "Offerings and the places people hold are untouched.",
      "The programme is not published (not_allowed)",
    ),
    "/institutions/{slug}/programmes/{id}/archive": programmeChange("Archive a draft or published programme: nobody sees it", "Offerings and the places people hold are untouched.", "It is archived already (not_allowed)"),
    "/institutions/{slug}/programmes/{id}/restore": programmeChange("Restore an archived programme as a draft", "Publish it again with /publish.", "It is not archived (not_allowed)"),
    "/institutions/{slug}/programmes/{id}/offerings": {
      get: staffOp({ summary: "The programme's offerings, newest start first, cancelled ones included", parameters: programmeParams, responses: { "200": personal("StaffOfferingList"), ...noProgramme } }),
      post: staffOp({
        summary: "Add an offering: code, dates and times local to its time zone, capacity, enrolment window, and its own fee, mode, admission, venue or online link where they differ from the programme's",
        description: "A draft programme's offerings wait for it to be published. Add its sessions with POST /offerings/{id}/sessions; its start and end then follow them. The online link is shown only to confirmed participants.",
        parameters: programmeParams, requestBody: body("OfferingNew"),
        responses: { "201": personal("StaffOffering", "Created"), ...badBody, ...noProgramme, ...answer("409", "The programme has an offering with this code already (code_taken, on code)") },
      }),
    },
    "/institutions/{slug}/programmes/{id}/questions": {
      get: staffOp({ summary: "The programme's newest application questions, in the shape PUT takes (version null and no steps when it asks none)", parameters: programmeParams, responses: { "200": personal("QuestionsEditor"), ...noProgramme } }),
      put: staffOp({
        summary: "Publish the programme's application questions as its next version",
        description: "Steps of questions: text, long text, number (minimum, maximum, step), choice, each optionally asked only after a given answer to an earlier choice. Applications already made keep the version they answered. The same set as the newest version publishes nothing (unchanged: true).",
        parameters: programmeParams, requestBody: body("QuestionsInput"),
        responses: { "200": personal("QuestionsPublished"), ...badBody, ...noProgramme },
      }),
    },
    "/offerings/{id}": {
      get: staffOp({ summary: "One offering as its staff run it: seats, queues, sessions with their ids, and its details as PATCH takes them", parameters: [offeringParam], responses: { "200": personal("StaffOffering"), ...noOffering } }),
      patch: staffOp({
        summary: "Change the offering's details: the fields given replace the current ones (GET's fields), the others stay",
        description: "Dates and times are local to timeZone (YYYY-MM-DDTHH:mm). Once the offering has sessions, its start and end follow them and those given are not used. Capacity has its own endpoint.",
        parameters: [offeringParam], requestBody: body("OfferingPatch"),
        responses: { "200": personal("StaffOffering"), ...badBody, ...noOffering, ...answer("409", "Another offering of the programme has this code (code_taken), or the offering is cancelled (cancelled)") },
      }),
    },
    "/offerings/{id}/capacity": {
      put: staffOp({
        summary: "Set the capacity (null: no limit) through the enrolment engine's guarded change; new seats go to the waitlist at once",
        description: "For owners and editors (and bureau admins), who run the institution's offerings.",
        parameters: [offeringParam], requestBody: body("CapacityInput"),
        responses: { "200": personal("StaffOffering"), ...badBody, ...noOffering, ...answer("409", "Below the seats taken (below_taken, on capacity), the offering is cancelled (cancelled), or its enrolments changed at that moment (changed): try again") },
      }),
    },
    "/offerings/{id}/cancel": {
      post: staffOp({
        summary: "Cancel the offering, with the reason in both languages: every live application and place is cancelled, the seats released, and each applicant told in their language",
        description: "For owners and editors (and bureau admins), who run the institution's offerings.",
        parameters: [offeringParam], requestBody: body("CancelInput"),
        responses: { "200": personal("OfferingCancelled"), ...badBody, ...noOffering, ...answer("409", "Already cancelled (cancelled), or its enrolments changed at that moment (changed): try again") },
      }),
    },
    "/offerings/{id}/sessions": {
      post: staffOp({
        summary: "Add one session, or a weekly series in one step ({ series: { ... } }), at local times in the offering's time zone",
        description: `A series runs for a number of weeks from its first date, on that date's weekday or on the weekdays chosen (ISO: 1 = Monday), at the same local time. An offering has at most ${MAX_SESSIONS} sessions.`,
        parameters: [offeringParam],
        requestBody: { required: true, content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/SessionInput" }, { type: "object", properties: { series: { $ref: "#/components/schemas/SessionSeriesInput" } }, required: ["series"] }] } } } },
        responses: {
          "201": personal("SessionsAdded", "Created"), ...badBody, ...noOffering,
          ...answer("409", "A session already starts at that time (duplicate_session), the sessions would pass the limit (too_many_now), or the offering is cancelled (cancelled)"),
        },
      }),
    },
    "/offerings/{id}/sessions/{sessionId}": {
      delete: staffOp({
        summary: "Remove one session",
        parameters: [offeringParam, pathParam("sessionId", "The session's id (GET /offerings/{id} lists them)")],
        responses: { "204": { description: "Removed" }, ...answer("404", "No such session of this offering, or the caller may not change it"), ...answer("409", "People were marked present at it (attended), or the offering is cancelled (cancelled)") },
      }),
    },
  };
}

/** The staff endpoints' request and response shapes. */
function staffSchemas() {
  const questions = inputJson(questionEditorSchema, { omit: ["programmeId"] }) as { properties: { steps: unknown } };
  return {
    StaffProgrammeList: json(apiStaffProgrammeListSchema),
    StaffProgramme: json(apiStaffProgrammeSchema),
    StaffOfferingList: json(apiStaffOfferingListSchema),
    StaffOffering: json(apiStaffOfferingSchema),
    SessionsAdded: json(apiSessionsAddedSchema),
    OfferingCancelled: json(apiOfferingCancelledSchema),
    QuestionsPublished: json(apiQuestionsPublishedSchema),
    QuestionsEditor: { type: "object", properties: { version: { type: ["integer", "null"] }, steps: questions.properties.steps }, required: ["version", "steps"] },
    ProgrammeNew: inputJson(newProgrammeSchema, { omit: ["institutionId"] }),
    ProgrammeInput: inputJson(applyProgrammeSchema, { omit: ["institutionId", "programmeId"] }),
    ProgrammeVersion: inputJson(programmeTargetSchema, { omit: ["institutionId", "programmeId"] }),
    OfferingNew: inputJson(createOfferingSchema, { omit: ["programmeId"] }),
    OfferingPatch: inputJson(updateOfferingSchema, { omit: ["offeringId"], partial: true }),
    // The route requires capacity (null: no limit), which the form may leave blank.
    CapacityInput: inputJson(capacitySchema, { omit: ["offeringId"], require: ["capacity"] }),
    CancelInput: inputJson(cancelOfferingSchema, { omit: ["offeringId"] }),
    SessionInput: inputJson(sessionSchema, { omit: ["offeringId"] }),
    SessionSeriesInput: inputJson(sessionSeriesSchema, { omit: ["offeringId"] }),
    QuestionsInput: questions,
  };
}

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Chongqing Software Talent Portal API",
      version: "1.0.0",
      description: "The public catalogue: programmes of software colleges, training courses, overseas study and expert lectures, and the institutions that offer them. Every text comes in both languages ({ zh, en }); codes are lower-case; institutions are named by slug.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths: {
      "/programmes": {
        get: {
          summary: "Search and filter published programmes, with facet counts",
          parameters: catalogueParameters.map((p) => ({
            name: p.name,
            in: "query",
            description: p.description,
            schema: p.repeat ? { type: "array", items: json(p.schema) } : json(p.schema),
            ...(p.repeat ? { style: "form", explode: true } : {}),
          })),
          responses: { "200": ok("ProgrammeList"), ...errors },
        },
      },
      "/programmes/{slug}": { get: { summary: "One published programme with its offerings and sessions", parameters: [slugParam], responses: { "200": ok("ProgrammeDetail"), "404": notFound, "500": errors["500"] } } },
      "/institutions": { get: { summary: "Public institutions", responses: { "200": ok("InstitutionList"), "500": errors["500"] } } },
      "/institutions/{slug}": { get: { summary: "One public institution with its programmes", parameters: [slugParam], responses: { "200": ok("InstitutionDetail"), "404": notFound, "500": errors["500"] } } },
      "/me": {
        get: { summary: "The signed-in person's profile and roles", security: signedIn, responses: { "200": personal("Me"), ...personalErrors } },
        patch: {
          summary: "Replace the profile's fields (same rules as the profile page)",
          security: signedIn,
          requestBody: body("ProfileInput"),
          responses: { "200": personal("Me"), "400": errors["400"], ...tooLarge, ...personalErrors },
        },
      },
      "/me/export": { get: { summary: "Everything the portal holds about the caller, as a JSON attachment", security: signedIn, responses: { "200": { description: "A JSON file" }, ...personalErrors } } },
      "/me/tokens": {
        get: { summary: "The caller's personal API tokens (never the tokens themselves)", security: signedIn, responses: { "200": personal("TokenList"), ...personalErrors } },
        post: {
          summary: "Create a personal API token (session only: a token cannot create tokens)",
          security: [{ sessionCookie: [] }],
          requestBody: body("TokenInput"),
          responses: {
            "201": personal("TokenCreated", "Created; the token is in the body this once"), "400": errors["400"],
            "409": { description: "The account already holds the most live tokens allowed (error.fields[0].code token_limit, on path name): revoke one first", content: errorRef },
            ...tooLarge, ...personalErrors,
          },
        },
      },
      "/me/enrollments": {
        get: { summary: "The caller's enrollments with state, waitlist position, offer deadline, allowed actions and timeline", security: signedIn, responses: { "200": personal("EnrollmentList"), ...personalErrors } },
      },
      "/offerings/{id}/questions": {
        get: {
          summary: "The questions an application to this offering answers (the programme's newest version; none for most programmes)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok("Questions"), "404": { description: "No such offering", content: errorRef }, "500": errors["500"] },
        },
      },
      "/offerings/{id}/enrollments": {
        post: {
          summary: "Apply to an offering (needs a verified email): confirmed, waitlisted (with position) or submitted for review",
          description: "The body carries the answers to the offering's questions (GET /offerings/{id}/questions) by question key, and the version answered. Programmes without questions need no body.",
          security: signedIn,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { required: false, content: { "application/json": { schema: { $ref: "#/components/schemas/ApplicationInput" } } } },
          responses: {
            "201": personal("Enrollment", "Created"),
            "400": { description: "An answer breaks its question's rules; each is named in error.fields as answers.{key}", content: errorRef },
            "404": { description: "No such offering", content: errorRef },
            "409": { description: "Already enrolled (error.fields[0].code already_enrolled), the window is shut (window_closed, not_yet_open, cancelled) or the questions changed since formVersion (form_changed)", content: errorRef },
            ...tooLarge,
            ...personalErrors,
          },
        },
      },
      "/offerings/{id}/roster": {
        get: {
          summary: "An offering's roster as a CSV (UTF-8 with a byte-order mark, formulas escaped) or XLSX attachment, for the institution's reviewers and the staff running the offering",
          description: "The roster holds personal data: only staff of the institution running the offering with the right to decide or run its enrollments (owners, editors, reviewers) and the bureau may download it; to anyone else the offering does not exist. Every download is recorded in the audit trail.",
          security: signedIn,
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "format", in: "query", description: "csv (default) or xlsx", schema: { type: "string", enum: [...ROSTER_FORMATS], default: "csv" } },
            { name: "columns", in: "query", description: "Columns in the order wanted; repeat the parameter or separate with commas (default: all). answers is one column per question, headed by its label", schema: { type: "array", items: { type: "string", enum: [...ROSTER_COLUMNS] } }, style: "form", explode: true },
            { name: "state", in: "query", description: "Only enrollments in these states; repeat or separate with commas (default: all)", schema: { type: "array", items: { type: "string", enum: [...ENROLLMENT_STATES] } }, style: "form", explode: true },
            { name: "lang", in: "query", description: "Language of the headings, states and question labels (default: from Accept-Language)", schema: { type: "string", enum: ["zh-CN", "en"] } },
          ],
          responses: {
            "200": {
              description: "The file, as an attachment named after the programme and offering (private, never cached)",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } },
              },
            },
            "400": { description: "A bad format, column, state or language; each is named in error.fields", content: errorRef },
            "404": { description: "No such offering, or not one the caller may see", content: errorRef },
            "409": { description: `More than ${EXPORT_MAX_ROWS} rows (error.fields[0].code too_many_rows): export a state at a time`, content: errorRef },
            ...personalErrors,
          },
        },
      },
      "/enrollments/{id}/{action}": {
        post: {
          summary: "withdraw (also: leave the waitlist), accept or decline an offered seat",
          security: signedIn,
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "action", in: "path", required: true, schema: { type: "string", enum: [...SELF_TRANSITIONS] } },
          ],
          responses: {
            "200": personal("Enrollment"),
            "404": { description: "No such enrollment of the caller's", content: errorRef },
            "409": { description: "Not possible in the current state (not_allowed) or changed meanwhile (changed)", content: errorRef },
            ...personalErrors,
          },
        },
      },
      "/enrollments/{id}/calendar.ics": {
        get: {
          summary: "The sessions of one of the caller's confirmed enrollments, as an iCalendar file (in the caller's language)",
          security: signedIn,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": calendar("An attachment named after the programme (private, never cached)"),
            "404": { description: "No such enrollment of the caller's", content: errorRef },
            "409": { description: "The enrollment is not confirmed (not_allowed)", content: errorRef },
            ...personalErrors,
          },
        },
      },
      "/calendar/{feed}": {
        get: {
          summary: "A person's private calendar feed: sessions, offer deadlines and enrollment closing dates, for calendar applications to poll",
          description: "The address itself is the credential (calendar applications send no cookies or tokens): each person copies theirs from the enrollments page, where it can also be replaced or stopped. Events are in the person's language.",
          parameters: [{
            name: "feed", in: "path", required: true,
            description: "{userId}.{generation}.{mac}.ics, as the enrollments page gives it",
            schema: { type: "string", pattern: CALENDAR_FEED_NAME.source },
          }],
          responses: {
            "200": calendar("The feed (private, never cached)"),
            "404": { description: "A wrong, replaced or stopped address", content: errorRef },
            "500": errors["500"],
          },
        },
      },
      "/openapi.json": {
        get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1 (cacheable: s-maxage=60, ETag)", content: { "application/json": { schema: { type: "object" } } } }, "500": errors["500"] } },
      },
      ...staffPaths(),
      "/me/tokens/{id}": {
        delete: {
          summary: "Revoke one of the caller's tokens",
          security: signedIn,
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "204": { description: "Revoked" }, "404": { description: "No such token of the caller's", content: errorRef }, ...personalErrors },
        },
      },
    },
    components: {
      schemas: {
        ProgrammeList: json(apiProgrammeListSchema),
        ProgrammeDetail: json(apiProgrammeDetailSchema),
        InstitutionList: json(apiInstitutionListSchema),
        InstitutionDetail: json(apiInstitutionDetailSchema),
        Error: json(apiErrorSchema),
        Me: json(apiMeSchema),
        ProfileInput: inputJson(profileSchema),
        TokenList: json(apiTokenListSchema),
        TokenInput: inputJson(createTokenSchema),
        TokenCreated: json(apiTokenCreatedSchema),
        Enrollment: json(apiEnrollmentSchema),
        EnrollmentList: json(apiEnrollmentListSchema),
        Questions: json(apiQuestionsSchema),
        ApplicationInput: inputJson(applicationSchema),
        ...staffSchemas(),
      },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token from /me/tokens" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The portal's session (writes must come from the portal's own pages)" },
      },
    },
  };
}
