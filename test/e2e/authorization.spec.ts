import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signInRequest } from "./support/accounts";
import { e2eDb } from "./support/db";

// Every route that needs someone signed in, against every kind of actor: the server must answer
// as the table says (CONVENTIONS.md rule 5). Later issues add their rows here.
const ACTORS = ["anonymous", "learner", "staffA", "staffB", "bureauReviewer", "bureauAdmin"] as const;
type ActorName = (typeof ACTORS)[number];

const everyoneSignedIn = (ok: number, anonymous: number) => Object.fromEntries(ACTORS.map((a) => [a, a === "anonymous" ? anonymous : ok])) as Record<ActorName, number>;
const adminOnly = { anonymous: 307, learner: 403, staffA: 403, staffB: 403, bureauReviewer: 403, bureauAdmin: 200 };

const TABLE: { name: string; method?: "GET" | "POST"; path: string; body?: unknown; expect: Record<ActorName, number> }[] = [
  { name: "profile page", path: "/me", expect: everyoneSignedIn(200, 307) },
  { name: "password and email page (English)", path: "/en/me/security", expect: everyoneSignedIn(200, 307) },
  { name: "API tokens page", path: "/me/tokens", expect: everyoneSignedIn(200, 307) },
  { name: "my data page", path: "/me/data", expect: everyoneSignedIn(200, 307) },
  { name: "my applications page", path: "/me/enrollments", expect: everyoneSignedIn(200, 307) },
  { name: "notifications page (English)", path: "/en/me/notifications", expect: everyoneSignedIn(200, 307) },
  { name: "my institutions page (and the form to register one)", path: "/me/institutions", expect: everyoneSignedIn(200, 307) },
  { name: "workspace index (one workspace: straight into it; none: a page saying how to get one)", path: "/studio", expect: { anonymous: 307, learner: 200, staffA: 307, staffB: 307, bureauReviewer: 200, bureauAdmin: 200 } },
  { name: "workspace of the national software college (its staff and the bureau)", path: "/studio/cq-national-software-college", expect: { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 200, bureauAdmin: 200 } },
  { name: "workspace of an institution that does not exist (English)", path: "/en/studio/no-such-institution", expect: { anonymous: 307, learner: 404, staffA: 404, staffB: 404, bureauReviewer: 404, bureauAdmin: 404 } },
  { name: "staff of the national software college (its staff and the bureau read it; its owners and bureau admins change it)", path: "/studio/cq-national-software-college/staff", expect: { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 200, bureauAdmin: 200 } },
  { name: "staff of the yuzhou college (English; staffB is its editor)", path: "/en/studio/yuzhou-software-engineering-college/staff", expect: { anonymous: 307, learner: 403, staffA: 403, staffB: 200, bureauReviewer: 200, bureauAdmin: 200 } },
  { name: "staff of an institution that does not exist", path: "/studio/no-such-institution/staff", expect: { anonymous: 307, learner: 404, staffA: 404, staffB: 404, bureauReviewer: 404, bureauAdmin: 404 } },
  { name: "an invitation link nobody was sent (well-formed token)", path: "/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", expect: everyoneSignedIn(404, 404) },
  { name: "an invitation link that cannot be one (English)", path: "/en/invitations/not-a-token", expect: everyoneSignedIn(404, 404) },
  { name: "institutions to verify (English)", path: "/en/admin/institutions", expect: { anonymous: 307, learner: 403, staffA: 403, staffB: 403, bureauReviewer: 200, bureauAdmin: 200 } },
  { name: "applications to review", path: "/admin/enrollments", expect: { anonymous: 307, learner: 403, staffA: 403, staffB: 403, bureauReviewer: 200, bureauAdmin: 200 } },
  { name: "accounts administration", path: "/admin/users", expect: adminOnly },
  { name: "audit trail", path: "/admin/audit", expect: adminOnly },
  { name: "email outbox (English)", path: "/en/admin/outbox", expect: adminOnly },
  { name: "API: my profile", path: "/api/v1/me", expect: everyoneSignedIn(200, 401) },
  { name: "API: my data export", path: "/api/v1/me/export", expect: everyoneSignedIn(200, 401) },
  { name: "API: my tokens", path: "/api/v1/me/tokens", expect: everyoneSignedIn(200, 401) },
  { name: "API: my enrollments", path: "/api/v1/me/enrollments", expect: everyoneSignedIn(200, 401) },
  { name: "API: withdraw an enrollment that is not mine (or does not exist)", method: "POST", path: "/api/v1/enrollments/someone-elses/withdraw", expect: everyoneSignedIn(404, 401) },
  { name: "application form of a demo overseas programme", path: "/programmes/singapore-egovernment-study/apply/2027-spring", expect: everyoneSignedIn(200, 307) },
  { name: "API: accept a place that is not mine", method: "POST", path: "/api/v1/enrollments/someone-elses/accept", expect: everyoneSignedIn(404, 401) },
  { name: "API: decline a place that is not mine", method: "POST", path: "/api/v1/enrollments/someone-elses/decline", expect: everyoneSignedIn(404, 401) },
  { name: "API: the calendar file of an enrollment that is not mine", path: "/api/v1/enrollments/someone-elses/calendar.ics", expect: everyoneSignedIn(404, 401) },
  { name: "API: apply to an offering that does not exist", method: "POST", path: "/api/v1/offerings/no-such-offering/enrollments", body: {}, expect: everyoneSignedIn(404, 401) },
  { name: "health check (says only whether the database answers)", path: "/api/health", expect: everyoneSignedIn(200, 200) },
  { name: "API: a calendar feed address nobody was given", path: "/api/v1/calendar/someone.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", expect: everyoneSignedIn(404, 404) },
  { name: "API: create a token", method: "POST", path: "/api/v1/me/tokens", body: { name: "table", expiresInDays: 30 }, expect: everyoneSignedIn(201, 401) },
  { name: "new programme of the national software college (those who may edit its programmes)", path: "/studio/cq-national-software-college/programmes/new", expect: { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 403, bureauAdmin: 200 } },
  { name: "programme editor (English)", path: "/en/studio/cq-national-software-college/programmes/{programme:bachelor-software-engineering-nsc}", expect: { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 403, bureauAdmin: 200 } },
  { name: "programme preview (its staff and the bureau)", path: "/studio/cq-national-software-college/programmes/{programme:bachelor-software-engineering-nsc}/preview", expect: { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 200, bureauAdmin: 200 } },
  { name: "another institution's programme in one's own workspace: not found", path: "/studio/yuzhou-software-engineering-college/programmes/{programme:bachelor-software-engineering-nsc}", expect: { anonymous: 307, learner: 403, staffA: 403, staffB: 404, bureauReviewer: 403, bureauAdmin: 404 } },
  { name: "another institution's programme previewed in one's own workspace: not found", path: "/studio/yuzhou-software-engineering-college/programmes/{programme:bachelor-software-engineering-nsc}/preview", expect: { anonymous: 307, learner: 403, staffA: 403, staffB: 404, bureauReviewer: 404, bureauAdmin: 404 } },
  { name: "programme editor, no such programme", path: "/studio/cq-national-software-college/programmes/no-such-programme", expect: { anonymous: 307, learner: 403, staffA: 404, staffB: 403, bureauReviewer: 403, bureauAdmin: 404 } },
];

/** A path naming a seeded programme as {programme:slug} gets its id, which the demo data does not fix. */
async function resolvedPath(path: string) {
  const match = path.match(/\{programme:([a-z0-9-]+)\}/);
  if (!match) return path;
  const { id } = await e2eDb.programme.findUniqueOrThrow({ where: { slug: match[1] }, select: { id: true } });
  return path.replace(match[0], id);
}

const contexts = new Map<ActorName, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  for (const actor of ACTORS) {
    const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    if (actor !== "anonymous") await signInRequest(context, DEMO[actor]);
    contexts.set(actor, context);
  }
});
test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

for (const row of TABLE) {
  test(`authorization: ${row.name} (${row.method ?? "GET"} ${row.path})`, async () => {
    const answers: Record<string, number> = {};
    const path = await resolvedPath(row.path);
    for (const actor of ACTORS) {
      const context = contexts.get(actor)!;
      const response = await context.fetch(path, { method: row.method ?? "GET", data: row.body, maxRedirects: 0 });
      answers[actor] = response.status();
      if (response.status() === 307 && actor === "anonymous") expect(response.headers().location).toContain("/sign-in?next=");
    }
    expect(answers).toEqual(row.expect);
  });
}

test("a person cannot revoke another person's token: 404, and the token keeps working", async ({ baseURL }) => {
  const owner = contexts.get("staffA")!;
  const created = await (await owner.post("/api/v1/me/tokens", { data: { name: "mine", expiresInDays: 30 } })).json();
  const other = contexts.get("learner")!;
  expect((await other.delete(`/api/v1/me/tokens/${created.id}`)).status()).toBe(404);
  const withToken = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${created.token}` } });
  expect((await withToken.get("/api/v1/me")).status()).toBe(200);
  expect((await owner.delete(`/api/v1/me/tokens/${created.id}`)).status()).toBe(204);
  expect((await withToken.get("/api/v1/me")).status()).toBe(401);
  await withToken.dispose();
});

// Issue 12, applicants and roster: the page and the export of one of the national software
// college's demo offerings (its id is looked up, demo ids being generated).
test("authorization: an offering's applicants page and roster export, for the college's staff and the bureau only", async () => {
  const { e2eDb } = await import("./support/db");
  const offering = await e2eDb.offering.findFirstOrThrow({ where: { programme: { institution: { slug: "cq-national-software-college" } } }, orderBy: { id: "asc" }, select: { id: true } });
  const rows: { path: string; expect: Record<ActorName, number> }[] = [
    { path: `/studio/cq-national-software-college/offerings/${offering.id}/applicants`, expect: { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 200, bureauAdmin: 200 } },
    { path: `/en/studio/cq-national-software-college/offerings/${offering.id}/applicants?state=submitted&q=x&page=2`, expect: { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 200, bureauAdmin: 200 } },
    // Another institution's offering under one's own institution: not found, even to its staff.
    { path: `/studio/yuzhou-software-engineering-college/offerings/${offering.id}/applicants`, expect: { anonymous: 307, learner: 403, staffA: 403, staffB: 404, bureauReviewer: 404, bureauAdmin: 404 } },
    { path: "/studio/cq-national-software-college/offerings/no-such-offering/applicants", expect: { anonymous: 307, learner: 403, staffA: 404, staffB: 403, bureauReviewer: 404, bureauAdmin: 404 } },
    { path: `/api/v1/offerings/${offering.id}/roster`, expect: { anonymous: 401, learner: 404, staffA: 200, staffB: 404, bureauReviewer: 200, bureauAdmin: 200 } },
    { path: `/api/v1/offerings/${offering.id}/roster?format=xlsx&columns=name,email`, expect: { anonymous: 401, learner: 404, staffA: 200, staffB: 404, bureauReviewer: 200, bureauAdmin: 200 } },
    { path: `/api/v1/offerings/${offering.id}/roster?format=pdf`, expect: { anonymous: 401, learner: 400, staffA: 400, staffB: 400, bureauReviewer: 400, bureauAdmin: 400 } },
    { path: "/api/v1/offerings/no-such-offering/roster", expect: { anonymous: 401, learner: 404, staffA: 404, staffB: 404, bureauReviewer: 404, bureauAdmin: 404 } },
  ];
  for (const row of rows) {
    const answers: Record<string, number> = {};
    for (const actor of ACTORS) answers[actor] = (await contexts.get(actor)!.get(row.path, { maxRedirects: 0 })).status();
    expect(answers, row.path).toEqual(row.expect);
  }
});

// Issue 12, attendance at the door: the check-in pages of an offering and of one of its sessions,
// for the demo's national software college (owners, editors and bureau admins run offerings;
// reviewers of either kind do not), and the same ids under another institution's address or
// with another offering's session, which name nothing there.
test("authorization: the check-in pages", async () => {
  const { e2eDb } = await import("./support/db");
  const inCollege = { programme: { institution: { slug: "cq-national-software-college" } }, sessions: { some: {} } };
  const offering = await e2eDb.offering.findFirstOrThrow({ where: inCollege, orderBy: { id: "asc" }, select: { id: true, sessions: { select: { id: true }, take: 1 } } });
  const other = await e2eDb.offering.findFirstOrThrow({ where: { ...inCollege, id: { not: offering.id } }, select: { sessions: { select: { id: true }, take: 1 } } });
  const college = `/studio/cq-national-software-college/offerings/${offering.id}/check-in`;
  const runs = { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 403, bureauAdmin: 200 };
  const rows: { path: string; expect: Record<ActorName, number> }[] = [
    { path: college, expect: runs },
    { path: `/en${college}/${offering.sessions[0]!.id}`, expect: runs },
    // Another offering's session under this offering: not found.
    { path: `${college}/${other.sessions[0]!.id}`, expect: { ...runs, staffA: 404, bureauAdmin: 404 } },
    { path: `${college}/no-such-session`, expect: { ...runs, staffA: 404, bureauAdmin: 404 } },
    // The college's offering under the address of staffB's own institution: not theirs to run.
    { path: `/studio/yuzhou-software-engineering-college/offerings/${offering.id}/check-in`, expect: { ...runs, staffA: 403, staffB: 404, bureauAdmin: 404 } },
    { path: `/studio/yuzhou-software-engineering-college/offerings/${offering.id}/check-in/${offering.sessions[0]!.id}`, expect: { ...runs, staffA: 403, staffB: 404, bureauAdmin: 404 } },
  ];
  for (const row of rows) {
    const answers: Record<string, number> = {};
    for (const actor of ACTORS) answers[actor] = (await contexts.get(actor)!.get(row.path, { maxRedirects: 0 })).status();
    expect(answers, row.path).toEqual(row.expect);
  }
});

/** The ids of one of the national college's demo programmes and of one of its offerings (demo ids are generated). */
async function collegeProgrammeIds() {
  const programme = await e2eDb.programme.findUniqueOrThrow({ where: { slug: "secure-development-lifecycle-and-code-audit" }, select: { id: true, offerings: { take: 1, select: { id: true } } } });
  return { programme: programme.id, offering: programme.offerings[0]!.id };
}

// Issue 12, offerings and the questions editor: routes whose paths hold row ids, found in the demo
// data once the server is up. Staff of another institution get 403 under the national college's
// workspace, and 404 when they put its ids under their own.
test.describe("authorization: offerings and questions editors", () => {
  const ids = { programme: "", offering: "" };
  test.beforeAll(async () => Object.assign(ids, await collegeProgrammeIds()));
  const editors = { anonymous: 307, learner: 403, staffA: 200, staffB: 403, bureauReviewer: 403, bureauAdmin: 200 };
  const notFound = { anonymous: 307, learner: 403, staffA: 404, staffB: 403, bureauReviewer: 403, bureauAdmin: 404 };
  const ownWorkspace = { anonymous: 307, learner: 403, staffA: 403, staffB: 404, bureauReviewer: 403, bureauAdmin: 404 };
  const rows: { name: string; path: () => string; expect: Record<ActorName, number> }[] = [
    { name: "a programme's offerings", path: () => `/studio/cq-national-software-college/programmes/${ids.programme}/offerings`, expect: editors },
    { name: "a programme's offerings (English)", path: () => `/en/studio/cq-national-software-college/programmes/${ids.programme}/offerings`, expect: editors },
    { name: "one offering", path: () => `/studio/cq-national-software-college/offerings/${ids.offering}`, expect: editors },
    { name: "a programme's questions editor (English)", path: () => `/en/studio/cq-national-software-college/programmes/${ids.programme}/questions`, expect: editors },
    { name: "offerings of a programme that does not exist", path: () => "/studio/cq-national-software-college/programmes/no-such-programme/offerings", expect: notFound },
    { name: "an offering id that is not an id", path: () => "/studio/cq-national-software-college/offerings/not_an_id", expect: notFound },
    { name: "the college's offering under another institution's workspace", path: () => `/studio/yuzhou-software-engineering-college/offerings/${ids.offering}`, expect: ownWorkspace },
    { name: "the college's questions under another institution's workspace", path: () => `/studio/yuzhou-software-engineering-college/programmes/${ids.programme}/questions`, expect: ownWorkspace },
  ];
  for (const row of rows) {
    test(`authorization: ${row.name}`, async () => {
      const answers: Record<string, number> = {};
      for (const actor of ACTORS) {
        const response = await contexts.get(actor)!.fetch(row.path(), { maxRedirects: 0 });
        answers[actor] = response.status();
        if (response.status() === 307 && actor === "anonymous") expect(response.headers().location).toContain("/sign-in?next=");
      }
      expect(answers).toEqual(row.expect);
    });
  }
});

// Issue 12, the staff API: every new route, with bodies, for every actor. Bodies are refused
// (400) or name a version nobody read (409) for those allowed, so the table changes no demo data;
// whoever may not act gets 404 before the body is read, and nobody 401. Reads are for the
// institution's staff and the bureau; writes for its owners and editors and bureau admins.
test.describe("authorization: the staff API", () => {
  const ids = { programme: "", offering: "" };
  test.beforeAll(async () => Object.assign(ids, await collegeProgrammeIds()));
  const readers = { anonymous: 401, learner: 404, staffA: 200, staffB: 404, bureauReviewer: 200, bureauAdmin: 200 };
  const editors = (status: number) => ({ anonymous: 401, learner: 404, staffA: status, staffB: 404, bureauReviewer: 404, bureauAdmin: status });
  const nobody = { anonymous: 401, learner: 404, staffA: 404, staffB: 404, bureauReviewer: 404, bureauAdmin: 404 };
  const stale = { version: "2000-01-01T00:00:00.000Z" };
  const college = "/api/v1/institutions/cq-national-software-college/programmes";
  const programme = () => `${college}/${ids.programme}`;
  const offering = () => `/api/v1/offerings/${ids.offering}`;
  const rows: { name: string; method: string; path: () => string; body?: unknown; expect: Record<ActorName, number> }[] = [
    { name: "the college's programmes", method: "GET", path: () => college, expect: readers },
    { name: "staffB's own college's programmes", method: "GET", path: () => "/api/v1/institutions/yuzhou-software-engineering-college/programmes", expect: { ...readers, staffA: 404, staffB: 200 } },
    { name: "create a programme (without a title)", method: "POST", path: () => college, body: { kind: "training", area: "linux", titleZh: "", titleEn: "" }, expect: editors(400) },
    { name: "create a programme at an institution that does not exist", method: "POST", path: () => "/api/v1/institutions/no-such-institution/programmes", body: { kind: "training", area: "linux", titleZh: "课程", titleEn: "" }, expect: nobody },
    { name: "one programme", method: "GET", path: programme, expect: readers },
    { name: "replace a programme's fields (empty body)", method: "PUT", path: programme, body: {}, expect: editors(400) },
    { name: "publish a programme (a version nobody read)", method: "POST", path: () => `${programme()}/publish`, body: stale, expect: editors(409) },
    { name: "unpublish a programme (a version nobody read)", method: "POST", path: () => `${programme()}/unpublish`, body: stale, expect: editors(409) },
    { name: "archive a programme (a version nobody read)", method: "POST", path: () => `${programme()}/archive`, body: stale, expect: editors(409) },
    { name: "restore a programme (a version nobody read)", method: "POST", path: () => `${programme()}/restore`, body: stale, expect: editors(409) },
    { name: "a programme change that does not exist", method: "POST", path: () => `${programme()}/delete`, body: stale, expect: nobody },
    { name: "a programme's offerings", method: "GET", path: () => `${programme()}/offerings`, expect: readers },
    { name: "add an offering (empty body)", method: "POST", path: () => `${programme()}/offerings`, body: {}, expect: editors(400) },
    { name: "a programme's questions", method: "GET", path: () => `${programme()}/questions`, expect: readers },
    { name: "publish questions (no steps)", method: "PUT", path: () => `${programme()}/questions`, body: { steps: [] }, expect: editors(400) },
    { name: "the college's programme under staffB's own college", method: "GET", path: () => `/api/v1/institutions/yuzhou-software-engineering-college/programmes/${ids.programme}`, expect: nobody },
    { name: "the college's programme changed under staffB's own college", method: "PUT", path: () => `/api/v1/institutions/yuzhou-software-engineering-college/programmes/${ids.programme}`, body: {}, expect: nobody },
    { name: "an offering added under staffB's own college", method: "POST", path: () => `/api/v1/institutions/yuzhou-software-engineering-college/programmes/${ids.programme}/offerings`, body: {}, expect: nobody },
    { name: "one offering", method: "GET", path: offering, expect: readers },
    { name: "change an offering (a code that is not one)", method: "PATCH", path: offering, body: { code: "NOT A CODE" }, expect: editors(400) },
    { name: "an offering's capacity (zero)", method: "PUT", path: () => `${offering()}/capacity`, body: { capacity: 0 }, expect: editors(400) },
    { name: "cancel an offering (no reason)", method: "POST", path: () => `${offering()}/cancel`, body: {}, expect: editors(400) },
    { name: "add sessions (empty body)", method: "POST", path: () => `${offering()}/sessions`, body: {}, expect: editors(400) },
    { name: "remove a session that does not exist", method: "DELETE", path: () => `${offering()}/sessions/no-such-session`, expect: nobody },
    { name: "an offering that does not exist", method: "GET", path: () => "/api/v1/offerings/no-such-offering", expect: nobody },
  ];
  for (const row of rows) {
    test(`authorization: staff API, ${row.name} (${row.method})`, async () => {
      const answers: Record<string, number> = {};
      for (const actor of ACTORS) answers[actor] = (await contexts.get(actor)!.fetch(row.path(), { method: row.method, data: row.body, maxRedirects: 0 })).status();
      expect(answers).toEqual(row.expect);
    });
  }
});
