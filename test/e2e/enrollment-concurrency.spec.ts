import { createHash, randomBytes } from "node:crypto";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db-client";

// Through the running server: many people apply to one first-come offering at the same moment.
// People, tokens and the offering are fixtures written straight to the server's database file.
const db = createPrismaClient("file:./test/.artifacts/e2e.db");
test.afterAll(() => db.$disconnect());

const DAY = 86_400_000;

async function fixture(people: number, capacity: number) {
  const run = randomBytes(4).toString("hex");
  const institution = await db.institution.findFirstOrThrow({ where: { status: "verified" } });
  const now = Date.now();
  const programme = await db.programme.create({
    data: {
      slug: `burst-${run}`, institutionId: institution.id, kind: "lecture", area: "security", admission: "first-come", status: "published",
      titleZh: `并发测试讲座 ${run}`, titleEn: `Burst test lecture ${run}`, summaryZh: "测试", summaryEn: "Test", mode: "in-person", publishedAt: new Date(now),
      offerings: { create: { code: "a", startsAt: new Date(now + 20 * DAY), endsAt: new Date(now + 20 * DAY + 7_200_000), opensAt: new Date(now - DAY), closesAt: new Date(now + 10 * DAY), capacity } },
    },
    select: { offerings: { select: { id: true } } },
  });
  const tokens: string[] = [];
  for (let i = 0; i < people; i++) {
    const token = `cqp_${randomBytes(32).toString("base64url")}`;
    tokens.push(token);
    await db.user.create({
      data: {
        email: `burst-${run}-${i}@example.com`, name: `Burst ${i}`, passwordHash: "not-used", emailVerifiedAt: new Date(), consentAt: new Date(), consentVersion: "2026-11",
        apiTokens: { create: { name: "burst", prefix: token.slice(0, 10), tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(now + DAY) } },
      },
    });
  }
  return { offeringId: programme.offerings[0]!.id, tokens };
}

test("200 simultaneous applications to 20 seats: 20 confirmed, 180 waitlisted at 1..180, no errors; withdrawals promote in order", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const { offeringId, tokens } = await fixture(210, 20);
  const applyAs = (token: string) =>
    fetch(`${baseURL}/api/v1/offerings/${offeringId}/enrollments`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
      .then(async (r) => ({ status: r.status, body: await r.json() }));

  const answers = await Promise.all(tokens.slice(0, 200).map(applyAs));
  expect(answers.map((a) => a.status)).toEqual(Array(200).fill(201));
  const confirmed = answers.filter((a) => a.body.state === "confirmed");
  const waitlisted = answers.filter((a) => a.body.state === "waitlisted");
  expect(confirmed).toHaveLength(20);
  expect(waitlisted).toHaveLength(180);
  expect(waitlisted.map((a) => a.body.position).sort((x: number, y: number) => x - y)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
  const offering = await db.offering.findUniqueOrThrow({ where: { id: offeringId } });
  expect(offering.seatsTaken).toBe(20);
  expect(await db.enrollment.count({ where: { offeringId, state: "confirmed" } })).toBe(20);

  // A retry creates nothing.
  expect((await applyAs(tokens[0]!)).status).toBe(409);

  // Ten withdraw while ten more apply, all at once.
  const firstInLine = waitlisted.sort((x, y) => x.body.position - y.body.position).slice(0, 10).map((a) => a.body.id);
  const confirmedTokens = answers.flatMap((a, i) => (a.body.state === "confirmed" ? [{ id: a.body.id as string, token: tokens[i]! }] : [])).slice(0, 10);
  const burst = await Promise.all([
    ...confirmedTokens.map((c) => fetch(`${baseURL}/api/v1/enrollments/${c.id}/withdraw`, { method: "POST", headers: { authorization: `Bearer ${c.token}` } }).then((r) => r.status)),
    ...tokens.slice(200).map((t) => applyAs(t).then((a) => a.status)),
  ]);
  expect(burst.every((s) => s === 200 || s === 201)).toBe(true);
  expect((await db.offering.findUniqueOrThrow({ where: { id: offeringId } })).seatsTaken).toBe(20);
  expect(await db.enrollment.count({ where: { offeringId, state: "confirmed" } })).toBe(20);
  const promoted = await db.enrollment.findMany({ where: { id: { in: firstInLine } }, select: { state: true } });
  expect(promoted.map((p) => p.state)).toEqual(Array(10).fill("confirmed"));
});

test("a person sees and changes only their own enrollments through the API", async ({ baseURL }) => {
  const { offeringId, tokens } = await fixture(2, 5);
  const [mine, theirs] = tokens as [string, string];
  const call = (token: string, path: string, method = "GET") => fetch(`${baseURL}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  const created = await (await call(mine, `/offerings/${offeringId}/enrollments`, "POST")).json();
  expect(created).toMatchObject({ state: "confirmed", actions: ["withdraw"], position: null });
  expect((await call(theirs, `/enrollments/${created.id}/withdraw`, "POST")).status).toBe(404);
  expect((await (await call(theirs, "/me/enrollments")).json()).items).toEqual([]);
  expect((await call(mine, `/enrollments/${created.id}/accept`, "POST")).status).toBe(409);
  expect((await call(mine, `/enrollments/${created.id}/explode`, "POST")).status).toBe(404);
  const mineNow = (await (await call(mine, "/me/enrollments")).json()).items;
  expect(mineNow.map((e: { id: string; state: string }) => [e.id, e.state])).toEqual([[created.id, "confirmed"]]);
  expect(mineNow[0].timeline.map((e: { to: string }) => e.to)).toEqual(["confirmed"]);
});

test("random ids and actions never get a 5xx from the enrollment endpoints, and change nothing", async ({ baseURL }) => {
  const { offeringId, tokens } = await fixture(1, 3);
  const token = tokens[0]!;
  const before = await db.enrollment.count();
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom("", "..", "%00", "x".repeat(300), offeringId + "x")), fc.oneof(fc.constantFrom("withdraw", "accept", "decline"), fc.string()), async (id, action) => {
      const headers = { authorization: `Bearer ${token}` };
      const path = (s: string) => encodeURIComponent(s || "-");
      const a = await fetch(`${baseURL}/api/v1/enrollments/${path(id)}/${path(action)}`, { method: "POST", headers });
      expect(a.status).toBeLessThan(500);
      const b = await fetch(`${baseURL}/api/v1/offerings/${path(id)}/enrollments`, { method: "POST", headers, body: id });
      expect(b.status).toBeLessThan(500);
    }),
    { numRuns: 60 },
  );
  expect(await db.enrollment.count()).toBe(before);
});
