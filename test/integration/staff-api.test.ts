import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listProgrammesRoute, POST as createProgrammeRoute } from "@/app/api/v1/institutions/[slug]/programmes/route";
import { GET as getProgrammeRoute, PUT as putProgrammeRoute } from "@/app/api/v1/institutions/[slug]/programmes/[id]/route";
import { POST as changeProgrammeRoute } from "@/app/api/v1/institutions/[slug]/programmes/[id]/[change]/route";
import { GET as listOfferingsRoute, POST as createOfferingRoute } from "@/app/api/v1/institutions/[slug]/programmes/[id]/offerings/route";
import { GET as getQuestionsRoute, PUT as putQuestionsRoute } from "@/app/api/v1/institutions/[slug]/programmes/[id]/questions/route";
import { GET as getOfferingRoute, PATCH as patchOfferingRoute } from "@/app/api/v1/offerings/[id]/route";
import { PUT as capacityRoute } from "@/app/api/v1/offerings/[id]/capacity/route";
import { POST as cancelRoute } from "@/app/api/v1/offerings/[id]/cancel/route";
import { POST as addSessionsRoute } from "@/app/api/v1/offerings/[id]/sessions/route";
import { DELETE as removeSessionRoute } from "@/app/api/v1/offerings/[id]/sessions/[sessionId]/route";
import { POST as applyRoute } from "@/app/api/v1/offerings/[id]/enrollments/route";
import { GET as publicProgrammeRoute } from "@/app/api/v1/programmes/[slug]/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import {
  apiErrorSchema, apiOfferingCancelledSchema, apiProgrammeDetailSchema, apiQuestionsPublishedSchema, apiSessionsAddedSchema,
  apiStaffOfferingListSchema, apiStaffOfferingSchema, apiStaffProgrammeListSchema, apiStaffProgrammeSchema,
} from "@/lib/api/schema";
import { questionEditorSchema, toEditorSteps } from "@/lib/offerings/question-editor";
import { localParts, toLocalDateTime } from "@/lib/offerings/times";
import { overseasQuestions } from "@/prisma/seed/data/questions";
import { hostile } from "../support/hostile-input";
import { days, makeInstitution, testDb, uniqueToken } from "../support/factories";
import { actorOf, makeApiToken, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

// The staff write endpoints (issue 12), called as Next.js calls them, with personal API tokens:
// the whole path from a new draft to a cancelled offering; every refusal (someone else's newer
// version, staff of another institution, a learner, nobody, a bad body) answered in the API's error
// shape and changing nothing; and random bodies never answered with a 5xx.

const ZONE = "Asia/Shanghai";
const local = (d: Date) => toLocalDateTime(d, ZONE);
const dateIn = (n: number) => localParts(days(n), ZONE).date;

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
interface Answer { status: number; headers: Headers; body: any } // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls a route handler; a string body is sent as it is (to send bodies that are not JSON). */
async function call(handler: Handler, method: string, path: string, params: Record<string, string>, options: { token?: string; body?: unknown; locale?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { "accept-language": options.locale ?? "en" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const given = method === "GET" ? undefined : options.body;
  if (given !== undefined) headers["content-type"] = "application/json";
  const body = given === undefined ? undefined : typeof given === "string" ? given : JSON.stringify(given);
  const response = await handler(new Request(`http://localhost:3000/api/v1${path}`, { method, headers, body }), { params: Promise.resolve(params) as Promise<never> });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

async function person(membership?: { institutionId: string; role: "owner" | "editor" | "reviewer" }, bureauRole: string | null = null) {
  const user = await makeUser({ bureauRole });
  if (membership) await testDb.membership.create({ data: { userId: user.id, ...membership } });
  const actor = await actorOf(user.id, "token");
  const { token } = await makeApiToken(actor, { name: "api", expiresInDays: 30 }, { ip: null });
  return { id: user.id, token };
}

async function setting() {
  const institution = await makeInstitution();
  const other = await makeInstitution();
  const [owner, editor, reviewer, outsider, learner, bureauReviewer] = await Promise.all([
    person({ institutionId: institution.id, role: "owner" }),
    person({ institutionId: institution.id, role: "editor" }),
    person({ institutionId: institution.id, role: "reviewer" }),
    person({ institutionId: other.id, role: "owner" }),
    person(),
    person(undefined, "reviewer"),
  ]);
  return { institution, other, owner, editor, reviewer, outsider, learner, bureauReviewer, slug: institution.slug };
}

/** Every field of a complete training programme, as PUT takes them. */
const complete = (token: string, more: Record<string, unknown> = {}) => ({
  titleZh: `嵌入式 Linux 实训${token}`, titleEn: `Embedded Linux ${token}`, summaryZh: "面向在职工程师", summaryEn: "For working engineers",
  bodyZh: "## 内容\n驱动开发", bodyEn: "## Content\nDriver development", certificateZh: "结业证书", certificateEn: "Certificate of completion",
  eligibilityZh: "", eligibilityEn: "", area: "embedded", level: "mid", mode: "blended", admission: "first-come", language: "zh",
  feeYuan: 1200, slug: `embedded-linux-${token}`, award: null, durationMonths: null, track: "vocational", hours: 48, country: null,
  hostInstitutionId: null, funding: null, employerRecommendation: false, experts: [], ...more,
});

const offeringBody = (more: Record<string, unknown> = {}) => ({
  code: uniqueToken("o"), startsAt: local(days(40)), endsAt: local(days(41)), opensAt: local(days(-1)), closesAt: local(days(39)), capacity: 3, ...more,
});

type Route = readonly [Handler, string, string, Record<string, string>];
const route = (handler: unknown, method: string, path: string, params: Record<string, string>): Route => [handler as Handler, method, path, params];

/** Paths and params of one programme's and one offering's endpoints. */
function routes(slug: string, programmeId: string, offeringId = "", sessionId = "") {
  const p = `/institutions/${slug}/programmes/${programmeId}`;
  const pp = { slug, id: programmeId };
  const op = { id: offeringId };
  return {
    getProgramme: route(getProgrammeRoute, "GET", p, pp),
    putProgramme: route(putProgrammeRoute, "PUT", p, pp),
    change: (change: string) => route(changeProgrammeRoute, "POST", `${p}/${change}`, { ...pp, change }),
    listOfferings: route(listOfferingsRoute, "GET", `${p}/offerings`, pp),
    createOffering: route(createOfferingRoute, "POST", `${p}/offerings`, pp),
    getQuestions: route(getQuestionsRoute, "GET", `${p}/questions`, pp),
    putQuestions: route(putQuestionsRoute, "PUT", `${p}/questions`, pp),
    getOffering: route(getOfferingRoute, "GET", `/offerings/${offeringId}`, op),
    patchOffering: route(patchOfferingRoute, "PATCH", `/offerings/${offeringId}`, op),
    capacity: route(capacityRoute, "PUT", `/offerings/${offeringId}/capacity`, op),
    cancel: route(cancelRoute, "POST", `/offerings/${offeringId}/cancel`, op),
    sessions: route(addSessionsRoute, "POST", `/offerings/${offeringId}/sessions`, op),
    removeSession: route(removeSessionRoute, "DELETE", `/offerings/${offeringId}/sessions/${sessionId}`, { ...op, sessionId }),
    listProgrammes: route(listProgrammesRoute, "GET", `/institutions/${slug}/programmes`, { slug }),
    createProgramme: route(createProgrammeRoute, "POST", `/institutions/${slug}/programmes`, { slug }),
  };
}
const send = (route: Route, options: { token?: string; body?: unknown; locale?: string } = {}) => call(route[0], route[1], route[2], route[3], options);

/** Everything the staff endpoints could change about one programme, its offering and its institution. */
async function snapshot(institutionId: string, programmeId: string, offeringId?: string) {
  const [programmes, programme, offering, sessions, questionSets, audits, enrollments] = await Promise.all([
    testDb.programme.count({ where: { institutionId } }),
    testDb.programme.findUnique({ where: { id: programmeId }, include: { experts: true } }),
    offeringId ? testDb.offering.findUnique({ where: { id: offeringId } }) : null,
    offeringId ? testDb.offeringSession.findMany({ where: { offeringId }, orderBy: { position: "asc" } }) : [],
    testDb.questionSet.count({ where: { programmeId } }),
    testDb.auditEvent.count({ where: { institutionId } }),
    offeringId ? testDb.enrollment.findMany({ where: { offeringId }, orderBy: { id: "asc" }, select: { id: true, state: true } }) : [],
  ]);
  return { programmes, programme, offering, sessions, questionSets, audits, enrollments };
}

/** A published programme with one offering and two sessions, made through the API by `token`. */
async function publishedWithOffering(slug: string, token: string) {
  const t = uniqueToken("p");
  const created = await call(createProgrammeRoute, "POST", `/institutions/${slug}/programmes`, { slug }, { token, body: { kind: "training", area: "linux", titleZh: "", titleEn: `Course ${t}` } });
  const id = created.body.id as string;
  const r = routes(slug, id);
  const saved = await send(r.putProgramme, { token, body: { ...complete(t), version: created.body.version } });
  await send(r.change("publish"), { token, body: { version: saved.body.version } });
  const offering = await send(r.createOffering, { token, body: offeringBody() });
  const withSessions = await send(routes(slug, id, offering.body.id).sessions, { token, body: { series: { firstDate: dateIn(40), startTime: "09:00", durationMinutes: 90, weeks: 2 } } });
  return { programmeId: id, offeringId: offering.body.id as string, sessionId: withSessions.body.offering.sessions[0].id as string };
}

describe("the staff API, from a new draft to a cancelled offering", () => {
  it("creates, fills in, publishes, adds an offering with a weekly series, refuses a capacity below the seats taken, and cancels", async () => {
    const s = await setting();
    const t = uniqueToken("api");
    const base = `/institutions/${s.slug}/programmes`;

    // A draft from a title in one language: 201, where to find it, and what is still missing.
    const created = await call(createProgrammeRoute, "POST", base, { slug: s.slug }, { token: s.editor.token, body: { kind: "training", area: "linux", titleZh: "", titleEn: `Embedded Linux ${t}` } });
    expect(created.status).toBe(201);
    const draft = apiStaffProgrammeSchema.parse(created.body);
    expect(created.headers.get("location")).toBe(`/api/v1${base}/${draft.id}`);
    expect(created.headers.get("cache-control")).toBe("private, no-store");
    expect(draft).toMatchObject({ status: "draft", kind: "training", slug: `embedded-linux-${t}`, workingCopy: false, publishedAt: null, completeness: { ready: false } });
    expect(draft.completeness.zh.missing).toEqual(["titleZh", "summaryZh", "bodyZh", "certificateZh"]);
    const r = routes(s.slug, draft.id);

    // Its staff and the bureau see it in the list; so does GET, in the shape PUT takes.
    for (const token of [s.reviewer.token, s.bureauReviewer.token]) {
      const list = apiStaffProgrammeListSchema.parse((await call(listProgrammesRoute, "GET", base, { slug: s.slug }, { token })).body);
      expect(list.items.find((p) => p.id === draft.id)).toMatchObject({ status: "draft", version: draft.version, completeness: { ready: false } });
    }
    expect(apiStaffProgrammeSchema.parse((await send(r.getProgramme, { token: s.reviewer.token })).body)).toEqual(draft);

    // Publishing it now is refused, naming every missing field (as the editor marks them).
    const early = await send(r.change("publish"), { token: s.editor.token, body: { version: draft.version } });
    expect(early.status).toBe(409);
    const missing = [...draft.completeness.zh.missing, ...draft.completeness.en.missing, ...draft.completeness.shared.missing];
    expect(apiErrorSchema.parse(early.body).error.fields).toEqual(missing.map((path) => ({ path, code: "publish_required", message: "Needed to publish" })));

    // PUT every field: saved, still a draft, complete; a new version.
    const put = await send(r.putProgramme, { token: s.editor.token, body: { ...complete(t), version: draft.version } });
    expect(put.status).toBe(200);
    const saved = apiStaffProgrammeSchema.parse(put.body);
    expect(saved).toMatchObject({ status: "draft", completeness: { ready: true }, fields: { hours: 48, track: "vocational", certificateEn: "Certificate of completion", feeYuan: 1200 } });
    expect(saved.version).not.toBe(draft.version);

    // The version read before is stale now: refused, nothing changed.
    const before = await snapshot(s.institution.id, draft.id);
    const stale = await send(r.putProgramme, { token: s.owner.token, body: { ...complete(t, { titleEn: "Overwritten" }), version: draft.version } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.fields).toEqual([{ path: "version", code: "stale", message: expect.stringMatching(/changed this programme/) }]);
    expect(await snapshot(s.institution.id, draft.id)).toEqual(before);

    // Publish: public at once.
    const published = apiStaffProgrammeSchema.parse((await send(r.change("publish"), { token: s.editor.token, body: { version: saved.version } })).body);
    expect(published).toMatchObject({ status: "published", publishedAt: expect.any(String) });
    const publicAnswer = await call(publicProgrammeRoute as Handler, "GET", `/programmes/${published.slug}`, { slug: published.slug });
    expect(apiProgrammeDetailSchema.parse(publicAnswer.body)).toMatchObject({ title: { zh: `嵌入式 Linux 实训${t}`, en: `Embedded Linux ${t}` }, summary: { en: "For working engineers" } });

    // A published programme's PUT goes public at once, and must stay complete.
    const incomplete = await send(r.putProgramme, { token: s.editor.token, body: { ...complete(t, { summaryEn: " " }), version: published.version } });
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.error.fields).toEqual([{ path: "summaryEn", code: "publish_required", message: "Needed to publish" }]);
    const changed = apiStaffProgrammeSchema.parse((await send(r.putProgramme, { token: s.editor.token, body: { ...complete(t, { summaryEn: "For engineers at work" }), version: published.version } })).body);
    expect(changed.status).toBe("published");
    expect((await call(publicProgrammeRoute as Handler, "GET", `/programmes/${changed.slug}`, { slug: changed.slug })).body.summary.en).toBe("For engineers at work");

    // An offering, read in its zone; its code is the programme's own.
    const body = offeringBody({ code: `Spring-${t}` });
    const offeringAnswer = await send(r.createOffering, { token: s.editor.token, body });
    expect(offeringAnswer.status).toBe(201);
    const offering = apiStaffOfferingSchema.parse(offeringAnswer.body);
    expect(offering).toMatchObject({ code: `spring-${t}`, status: "scheduled", timeZone: ZONE, capacity: 3, seatsTaken: 0, sessions: [], programme: { id: draft.id } });
    expect(offering.fields).toMatchObject({ code: `spring-${t}`, startsAt: body.startsAt, closesAt: body.closesAt, feeYuan: null, mode: null, onlineUrl: null });
    const again = await send(r.createOffering, { token: s.editor.token, body });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toMatchObject([{ path: "code", code: "code_taken" }]);
    expect(apiStaffOfferingListSchema.parse((await send(r.listOfferings, { token: s.reviewer.token })).body).items.map((o) => o.id)).toEqual([offering.id]);
    const o = routes(s.slug, draft.id, offering.id);

    // A weekly series on Tuesdays and Thursdays for four weeks, then one more session; the offering follows its sessions.
    const series = await send(o.sessions, { token: s.editor.token, body: { series: { firstDate: dateIn(40), startTime: "19:00", durationMinutes: 120, weeks: 4, weekdays: ["2", "4"], venueZh: "二号楼", venueEn: "Building 2" } } });
    expect(series.status).toBe(201);
    const afterSeries = apiSessionsAddedSchema.parse(series.body);
    expect(afterSeries.added).toBe(8);
    expect(afterSeries.offering.sessions).toHaveLength(8);
    expect(afterSeries.offering.startsAt).toBe(afterSeries.offering.sessions[0]!.startsAt);
    expect(afterSeries.offering.sessions[0]!.venue).toEqual({ zh: "二号楼", en: "Building 2" });
    const single = await send(o.sessions, { token: s.editor.token, body: { date: dateIn(75), startTime: "09:00", endTime: "12:00" } });
    expect(single.status).toBe(201);
    expect(single.body.added).toBe(1);
    const duplicate = await send(o.sessions, { token: s.editor.token, body: { date: dateIn(75), startTime: "09:00", endTime: "11:00" } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.fields).toMatchObject([{ path: "date", code: "duplicate_session" }]);
    const last = single.body.offering.sessions.at(-1).id as string;
    expect((await send(routes(s.slug, draft.id, offering.id, last).removeSession, { token: s.editor.token })).status).toBe(204);
    const sessionsNow = apiStaffOfferingSchema.parse((await send(o.getOffering, { token: s.reviewer.token })).body).sessions;
    expect(sessionsNow).toHaveLength(8);

    // PATCH changes only what it names.
    const patched = apiStaffOfferingSchema.parse((await send(o.patchOffering, { token: s.editor.token, body: { venueZh: "一号楼", venueEn: "Building 1", feeYuan: 800 } })).body);
    expect(patched.fields).toMatchObject({ code: `spring-${t}`, venueZh: "一号楼", venueEn: "Building 1", feeYuan: 800, closesAt: body.closesAt });

    // Two learners take seats; the capacity cannot go below them, and nothing changes when refused.
    for (const learner of [s.learner, await person()]) {
      const applied = await call(applyRoute as Handler, "POST", `/offerings/${offering.id}/enrollments`, { id: offering.id }, { token: learner.token, body: {} });
      expect(applied.body.state).toBe("confirmed");
    }
    const seated = await snapshot(s.institution.id, draft.id, offering.id);
    const below = await send(o.capacity, { token: s.editor.token, body: { capacity: 1 }, locale: "zh-CN" });
    expect(below.status).toBe(409);
    expect(below.body.error.fields).toEqual([{ path: "capacity", code: "below_taken", message: expect.stringContaining("2") }]);
    const leftOut = await send(o.capacity, { token: s.editor.token, body: {} });
    expect(leftOut.status).toBe(400);
    expect(leftOut.body.error.fields).toMatchObject([{ path: "capacity", code: "required" }]);
    expect(await snapshot(s.institution.id, draft.id, offering.id)).toEqual(seated);
    expect(apiStaffOfferingSchema.parse((await send(o.capacity, { token: s.owner.token, body: { capacity: 2 } })).body)).toMatchObject({ capacity: 2, seatsTaken: 2 });

    // Cancelling takes a reason in both languages, cancels the places and tells both learners.
    const noReason = await send(o.cancel, { token: s.editor.token, body: { reasonZh: "场地维修" } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toMatchObject([{ path: "reasonEn", code: "reason_required" }]);
    const cancelled = await send(o.cancel, { token: s.editor.token, body: { reasonZh: "场地维修", reasonEn: "The venue is under repair" } });
    expect(cancelled.status).toBe(200);
    const after = apiOfferingCancelledSchema.parse(cancelled.body);
    expect(after).toMatchObject({ enrollmentsCancelled: 2, offering: { status: "cancelled", seatsTaken: 0, cancelReason: { zh: "场地维修", en: "The venue is under repair" } } });
    expect((await testDb.enrollment.findMany({ where: { offeringId: offering.id } })).map((e) => e.state)).toEqual(["cancelled", "cancelled"]);
    expect(await testDb.outboxMessage.count({ where: { template: "offering-cancelled", to: { in: await emailsOf([s.learner.id]) } } })).toBe(1);

    // A cancelled offering changes no more.
    for (const [route, body2] of [[o.patchOffering, { venueEn: "x" }], [o.capacity, { capacity: 10 }], [o.cancel, { reasonZh: "再次", reasonEn: "Again" }], [o.sessions, { date: dateIn(80), startTime: "09:00", endTime: "10:00" }]] as const) {
      const refused = await send(route, { token: s.editor.token, body: body2 });
      expect(refused.status, route[2]).toBe(409);
      expect(refused.body.error.fields[0].code).toBe("cancelled");
    }

    // Every change is in the audit trail, by the editor (or owner) who made it.
    const actions = (await testDb.auditEvent.findMany({ where: { institutionId: s.institution.id, actorId: { in: [s.editor.id, s.owner.id] } }, select: { action: true } })).map((a) => a.action);
    for (const action of ["programme.created", "programme.saved", "programme.published", "offering.created", "offering.sessions-changed", "offering.updated", "offering.capacity-changed", "offering.cancelled"]) expect(actions).toContain(action);
  });

  it("unpublishes, archives and restores with the version read, each refused from the wrong state", async () => {
    const s = await setting();
    const { programmeId } = await publishedWithOffering(s.slug, s.editor.token);
    const r = routes(s.slug, programmeId);
    const version = async () => (await send(r.getProgramme, { token: s.editor.token })).body.version as string;
    expect((await send(r.change("restore"), { token: s.editor.token, body: { version: await version() } })).body.error.fields).toMatchObject([{ path: "status", code: "not_allowed" }]);
    expect((await send(r.change("unpublish"), { token: s.editor.token, body: { version: await version() } })).body.status).toBe("draft");
    const slug = (await send(r.getProgramme, { token: s.editor.token })).body.slug;
    expect((await call(publicProgrammeRoute as Handler, "GET", `/programmes/${slug}`, { slug })).status).toBe(404);
    expect((await send(r.change("archive"), { token: s.owner.token, body: { version: await version() } })).body.status).toBe("archived");
    expect((await send(r.change("publish"), { token: s.owner.token, body: { version: await version() } })).body.error.fields).toMatchObject([{ path: "status", code: "not_allowed" }]);
    expect((await send(r.change("restore"), { token: s.owner.token, body: { version: await version() } })).body.status).toBe("draft");
    expect((await send(r.change("discard"), { token: s.owner.token, body: { version: await version() } })).status).toBe(404);
    expect((await send(r.change("publish"), { token: s.owner.token, body: { version: await version() } })).body.status).toBe("published");
  });

  it("publishes questions in the editor's shape, answers them back in it, and makes no new version for the same set", async () => {
    const s = await setting();
    const { programmeId } = await publishedWithOffering(s.slug, s.editor.token);
    const r = routes(s.slug, programmeId);
    expect((await send(r.getQuestions, { token: s.reviewer.token })).body).toEqual({ version: null, steps: [] });
    const steps = toEditorSteps(overseasQuestions);
    const first = await send(r.putQuestions, { token: s.editor.token, body: { steps } });
    expect(apiQuestionsPublishedSchema.parse(first.body)).toEqual({ version: 1, unchanged: false });
    const read = await send(r.getQuestions, { token: s.editor.token });
    expect(read.body.version).toBe(1);
    expect(questionEditorSchema.parse({ programmeId, steps: read.body.steps }).set).toEqual(overseasQuestions);
    expect((await send(r.putQuestions, { token: s.editor.token, body: { steps: read.body.steps } })).body).toEqual({ version: 1, unchanged: true });
    const bad = await send(r.putQuestions, { token: s.editor.token, body: { steps: [{ ...steps[0], titleEn: "" }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject([{ path: "steps.0.titleEn", code: "both_languages" }]);
    expect(await testDb.questionSet.count({ where: { programmeId } })).toBe(1);
  });

  it("documents every staff endpoint with its body and answers, from the same schemas", async () => {
    const doc = await (await openApiRoute(new Request("http://localhost/api/v1/openapi.json"))).json();
    expect(doc.paths["/institutions/{slug}/programmes/{id}"].put.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/ProgrammeInput");
    const input = doc.components.schemas.ProgrammeInput;
    expect(input.properties).not.toHaveProperty("institutionId");
    expect(input.required).toContain("version");
    expect(doc.components.schemas.OfferingPatch).not.toHaveProperty("required");
    expect(doc.components.schemas.CapacityInput.required).toEqual(["capacity"]);
    expect(doc.components.schemas.SessionSeriesInput.required).toEqual(["firstDate", "startTime", "durationMinutes", "weeks"]);
    expect(doc.paths["/offerings/{id}/sessions/{sessionId}"].delete.responses).toHaveProperty("204");
    expect(doc.paths["/institutions/{slug}/programmes/{id}/publish"].post.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
  });
});

const emailsOf = async (ids: string[]) => (await testDb.user.findMany({ where: { id: { in: ids } }, select: { email: true } })).map((u) => u.email);

describe("refusals change nothing", () => {
  let s: Awaited<ReturnType<typeof setting>>;
  let ids: Awaited<ReturnType<typeof publishedWithOffering>>;
  let version: string;
  beforeAll(async () => {
    s = await setting();
    ids = await publishedWithOffering(s.slug, s.editor.token);
    version = (await send(routes(s.slug, ids.programmeId).getProgramme, { token: s.editor.token })).body.version;
  });

  /** Every endpoint with a body it would accept from the institution's editor. */
  function writes(slug = s.slug) {
    const r = routes(slug, ids.programmeId, ids.offeringId, ids.sessionId);
    return [
      [r.putProgramme, { ...complete(uniqueToken("x")), version }],
      [r.change("unpublish"), { version }],
      [r.change("archive"), { version }],
      [r.createOffering, offeringBody()],
      [r.putQuestions, { steps: toEditorSteps(overseasQuestions) }],
      [r.patchOffering, { venueEn: "Elsewhere" }],
      [r.capacity, { capacity: 20 }],
      [r.cancel, { reasonZh: "取消", reasonEn: "Cancelled" }],
      [r.sessions, { date: dateIn(90), startTime: "09:00", endTime: "10:00" }],
      [r.removeSession, undefined],
      [r.createProgramme, { kind: "lecture", area: "security", titleZh: "讲座", titleEn: "" }],
    ] as const;
  }
  const reads = (slug = s.slug) => {
    const r = routes(slug, ids.programmeId, ids.offeringId);
    return [r.getProgramme, r.listOfferings, r.getQuestions, r.getOffering, r.listProgrammes];
  };

  // Without any credentials the route reads the session cookie, which only a request inside Next.js
  // has: test/e2e/authorization.spec.ts asks these routes as nobody (401).
  it("answers 404 to staff of another institution, learners and (for writes) the institution's reviewers and the bureau's; 401 to a token that is none", async () => {
    const before = await snapshot(s.institution.id, ids.programmeId, ids.offeringId);
    const otherBefore = await testDb.programme.count({ where: { institutionId: s.other.id } });
    for (const [route, body] of writes()) {
      for (const [who, token, status] of [["outsider", s.outsider.token, 404], ["learner", s.learner.token, 404], ["reviewer", s.reviewer.token, 404], ["bureau reviewer", s.bureauReviewer.token, 404], ["a made-up token", "cqp_not-a-token", 401]] as const) {
        const answer = await send(route, { token, body });
        expect(answer.status, `${who} ${route[1]} ${route[2]}`).toBe(status);
        expect(apiErrorSchema.parse(answer.body).error.code).toBe(status === 401 ? "unauthorized" : "not_found");
      }
    }
    // The college's rows under the address of the outsider's own institution: not found, even to them.
    for (const [route, body] of writes(s.other.slug).slice(0, 5)) expect((await send(route, { token: s.outsider.token, body })).status).toBe(404);
    for (const route of reads()) {
      for (const token of [s.outsider.token, s.learner.token]) expect((await send(route, { token })).status).toBe(404);
      expect((await send(route, { token: "cqp_not-a-token" })).status).toBe(401);
      for (const token of [s.reviewer.token, s.bureauReviewer.token]) expect((await send(route, { token })).status).toBe(200);
    }
    for (const route of reads(s.other.slug).slice(0, 3)) expect((await send(route, { token: s.outsider.token })).status).toBe(404);
    expect(await snapshot(s.institution.id, ids.programmeId, ids.offeringId)).toEqual(before);
    expect(await testDb.programme.count({ where: { institutionId: s.other.id } })).toBe(otherBefore);
  });

  it("answers 404 for paths that name nothing: ids that are not ids, unknown slugs, another offering's session", async () => {
    const r = routes(s.slug, "not_an_id!", "../../x", "nope nope");
    for (const route of [r.getProgramme, r.putProgramme, r.getOffering, r.patchOffering, r.removeSession]) expect((await send(route, { token: s.editor.token, body: {} })).status).toBe(404);
    const unknown = routes("no-such-institution", ids.programmeId);
    expect((await send(unknown.getProgramme as Route, { token: s.editor.token })).status).toBe(404);
    expect((await call(listProgrammesRoute, "GET", "/institutions/NO%20SUCH/programmes", { slug: "NO SUCH" }, { token: s.editor.token })).status).toBe(404);
    const elsewhere = await publishedWithOffering(s.slug, s.editor.token);
    const before = await snapshot(s.institution.id, ids.programmeId, ids.offeringId);
    expect((await send(routes(s.slug, ids.programmeId, ids.offeringId, elsewhere.sessionId).removeSession as Route, { token: s.editor.token })).status).toBe(404);
    expect(await snapshot(s.institution.id, ids.programmeId, ids.offeringId)).toEqual(before);
  });

  it("answers 400 naming the field for bad bodies (not JSON, wrong types, lone surrogates, oversized, deeply nested), never 5xx", async () => {
    const r = routes(s.slug, ids.programmeId, ids.offeringId);
    const deep = `{"titleEn":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const bodies: [unknown, string][] = [
      ["{not json", "(body)"],
      ["", "(body)"],
      ["[]", "(root)"],
      ["null", "(root)"],
      ['"text"', "(root)"],
      [deep, "titleEn"],
      [`{"titleEn":"\\ud800","version":"${version}"}`, "titleEn"],
      [{ ...complete("x"), titleEn: "x".repeat(300_000), version }, "titleEn"],
      [{ ...complete("x"), feeYuan: "1200", version }, "feeYuan"],
      [{ ...complete("x"), experts: "nobody", version }, "experts"],
      [{ ...complete("x"), version: 12 }, "version"],
      [{ ...complete("x"), "\ud800": 1, version }, "\ud800"],
    ];
    const before = await snapshot(s.institution.id, ids.programmeId, ids.offeringId);
    for (const [body, path] of bodies) {
      const answer = await send(r.putProgramme, { token: s.editor.token, body });
      expect(answer.status, String(body).slice(0, 40)).toBe(400);
      const { error } = apiErrorSchema.parse(answer.body);
      expect(error.code).toBe("validation");
      expect(error.fields.map((f) => f.path), String(body).slice(0, 40)).toContain(path);
      expect(error.fields.every((f) => f.message.length > 0)).toBe(true);
    }
    const others: [Route, unknown, string][] = [
      [r.createOffering, offeringBody({ startsAt: "2030-02-30T09:00" }), "startsAt"],
      [r.createOffering, offeringBody({ closesAt: local(days(45)) }), "closesAt"],
      [r.createOffering, offeringBody({ capacity: 0, timeZone: "Mars/Olympus" }), "capacity"],
      [r.patchOffering, { code: "NOT A CODE" }, "code"],
      [r.patchOffering, { onlineUrl: "javascript:alert(1)" }, "onlineUrl"],
      [r.capacity, { capacity: "lots" }, "capacity"],
      [r.capacity, [5], "(root)"],
      [r.cancel, { reasonZh: "\u0000", reasonEn: "Reason" }, "reasonZh"],
      [r.sessions, { date: "2030-13-01", startTime: "25:00", endTime: "09:00" }, "date"],
      [r.sessions, { series: { firstDate: dateIn(90), startTime: "09:00", durationMinutes: 60, weeks: 53 } }, "series.weeks"],
      [r.sessions, { series: "weekly" }, "series"],
      [r.putQuestions, { steps: [{ key: "a", titleZh: "甲", titleEn: "A", questions: [{ key: "q", kind: "choice", labelZh: "问", labelEn: "Q", options: [] }] }] }, "steps.0.questions.0.options"],
      [r.putQuestions, { steps: "[]" }, "steps"],
    ];
    for (const [route, body, path] of others) {
      const answer = await send(route, { token: s.editor.token, body, locale: "zh-CN" });
      expect(answer.status, `${route[2]} ${JSON.stringify(body).slice(0, 60)}`).toBe(400);
      expect(apiErrorSchema.parse(answer.body).error.fields.map((f) => f.path), route[2]).toContain(path);
    }
    expect(await snapshot(s.institution.id, ids.programmeId, ids.offeringId)).toEqual(before);
  });

  it("never answers 5xx to random bodies, and a refused body changes nothing (fast-check)", async () => {
    const r = routes(s.slug, ids.programmeId, ids.offeringId, ids.sessionId);
    const plausible = {
      ...Object.fromEntries(Object.entries(complete("fc")).map(([k, v]) => [k, fc.constant(v)])),
      version: fc.constantFrom(version, "2020-01-01T00:00:00.000Z"),
      code: fc.constantFrom("fc-1", "x"), startsAt: fc.constant(local(days(50))), endsAt: fc.constant(local(days(51))), opensAt: fc.constant(local(days(-1))),
      closesAt: fc.constant(local(days(49))), capacity: fc.integer({ min: -1, max: 200 }), reasonZh: fc.constant("原因"), reasonEn: fc.constant("Reason"),
      date: fc.constant(dateIn(100)), startTime: fc.constant("09:00"), endTime: fc.constant("10:00"), kind: fc.constant("training"),
      steps: fc.constant(toEditorSteps(overseasQuestions)),
    };
    const body = fc.oneof(
      { weight: 4, arbitrary: fc.record(Object.fromEntries(Object.entries(plausible).map(([k, v]) => [k, fc.oneof({ weight: 3, arbitrary: v }, { weight: 1, arbitrary: hostile })])), { requiredKeys: [] }) },
      { weight: 1, arbitrary: hostile },
      { weight: 1, arbitrary: fc.string().map((text) => ({ raw: text })) },
    );
    // Writes whose success would end the run's subject (cancelling, archiving) are left out; PUT with a stale version is refused before it writes.
    const targets = [r.putProgramme, r.createOffering, r.patchOffering, r.capacity, r.sessions, r.putQuestions, r.change("publish"), r.change("unpublish")] as const;
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets.keys()), body, fc.constantFrom("en", "zh-CN"), fc.boolean(), async (which, value, locale, stranger) => {
        const route = targets[which]!;
        const sent = typeof value === "object" && value !== null && "raw" in value ? (value as { raw: string }).raw : value === undefined ? "" : value;
        const before = await snapshot(s.institution.id, ids.programmeId, ids.offeringId);
        const answer = await send(route, { token: stranger ? s.outsider.token : s.editor.token, body: sent, locale });
        expect(answer.status, `${route[1]} ${route[2]} ${JSON.stringify(sent)?.slice(0, 200)}`).toBeLessThan(500);
        seen.add(answer.status);
        if (answer.status >= 400) {
          apiErrorSchema.parse(answer.body);
          expect(await snapshot(s.institution.id, ids.programmeId, ids.offeringId)).toEqual(before);
        }
        if (stranger) expect(answer.status).toBe(404);
      }),
      { numRuns: 150 },
    );
    // Not only refusals: some random bodies were good enough to be accepted.
    expect([...seen].some((status) => status < 300), [...seen].join()).toBe(true);
    expect(seen).toContain(400);
  });
});
