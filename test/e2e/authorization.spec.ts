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
