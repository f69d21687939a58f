import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient, type Db } from "../../lib/db-client";
import { recreateDatabase } from "../../lib/postgres/databases";
import { indexProgrammes } from "../../lib/search/indexer";
import { freePort } from "../support/free-port";
import { startMailCatcher, type MailCatcher } from "../support/mail-catcher";
import { roundRobin, startInstance, type Instance } from "./support/instances";

// Two production instances of the portal on one PostgreSQL database, behind a round-robin proxy
// (the topology of docs/deploy.md), with a database and an SMTP server of their own. What one
// instance does, the other must see at once, and timed work must happen once, not once per instance.
test.describe.configure({ mode: "serial" });

const DAY = 86_400_000;
const PASSWORD = "correct horse battery";
let db: Db;
let smtp: MailCatcher;
let a: Instance;
let b: Instance;
let proxy: Awaited<ReturnType<typeof roundRobin>>;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const url = await recreateDatabase(process.env.E2E_DATABASE_URL!, "portal_instances");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  db = createPrismaClient(url, 4);
  smtp = await startMailCatcher();
  const ports = [await freePort(), await freePort()];
  proxy = await roundRobin(ports);
  const env = {
    DATABASE_URL: url,
    SITE_URL: proxy.url,
    NEXTAUTH_SECRET: "instances-test-secret-0123456789abcdef",
    SMTP_URL: smtp.url,
    MAIL_FROM: "重庆软件人才培养平台 <no-reply@portal.test>",
    TRUST_PROXY_HOPS: "1",
  };
  [a, b] = await Promise.all(ports.map((port) => startInstance({ ...env, PORT: String(port) }, port)));
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  proxy?.server.close();
  await smtp?.close();
  await db?.$disconnect();
});

async function institution() {
  const slug = `inst-${randomBytes(4).toString("hex")}`;
  return db.institution.create({ data: { slug, kind: "training-centre", nameZh: `测试机构${slug}`, nameEn: `Centre ${slug}`, status: "verified" } });
}

async function programme(options: { admission: "first-come" | "reviewed"; capacity: number; title?: string; opensAt?: Date }) {
  const run = randomBytes(4).toString("hex");
  const now = Date.now();
  const created = await db.programme.create({
    data: {
      slug: `multi-${run}`, institutionId: (await institution()).id, kind: "training", area: "linux", admission: options.admission, status: "published",
      titleZh: options.title ?? `多实例测试 ${run}`, titleEn: options.title ?? `Multi-instance ${run}`, summaryZh: "测试", summaryEn: "Test", mode: "online", publishedAt: new Date(now),
      offerings: { create: { code: "a", startsAt: new Date(now + 20 * DAY), endsAt: new Date(now + 21 * DAY), opensAt: options.opensAt ?? new Date(now - DAY), closesAt: new Date(now + 10 * DAY), capacity: options.capacity } },
    },
    select: { id: true, slug: true, offerings: { select: { id: true } } },
  });
  await indexProgrammes(db, [created.id]);
  return { id: created.id, slug: created.slug, offeringId: created.offerings[0]!.id };
}

/** People with API tokens, in two statements. */
async function people(count: number) {
  const run = randomBytes(4).toString("hex");
  const tokens = Array.from({ length: count }, () => `cqp_${randomBytes(32).toString("base64url")}`);
  const ids = tokens.map((_, i) => `multi-${run}-${i}`);
  const now = new Date();
  await db.user.createMany({
    data: ids.map((id, i) => ({ id, email: `${id}@example.com`, name: `Multi ${i}`, passwordHash: "not-used", emailVerifiedAt: now, consentAt: now, consentVersion: "2026-11" })),
  });
  await db.apiToken.createMany({
    data: ids.map((userId, i) => ({ userId, name: "multi", prefix: tokens[i]!.slice(0, 10), tokenHash: createHash("sha256").update(tokens[i]!).digest("hex"), expiresAt: new Date(now.getTime() + DAY) })),
  });
  return ids.map((id, i) => ({ id, email: `${id}@example.com`, token: tokens[i]! }));
}

const call = (base: string, path: string, token: string, method = "GET") =>
  fetch(`${base}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}` } });

async function until(condition: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 600; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting until ${what}`);
}

test("200 simultaneous applications through both instances: 20 confirmed, 180 waitlisted at 1..180, no errors; a withdrawal on one shows on the other at once", async () => {
  test.setTimeout(180_000);
  const { offeringId } = await programme({ admission: "first-come", capacity: 20 });
  const crowd = await people(200);
  const before = [...proxy.sentTo];
  const answers = await Promise.all(crowd.map((p) => call(proxy.url, `/offerings/${offeringId}/enrollments`, p.token, "POST").then(async (r) => ({ status: r.status, body: await r.json() }))));
  expect(answers.map((x) => x.status)).toEqual(Array(200).fill(201));
  // The proxy alternated: each instance took half.
  expect(proxy.sentTo.map((n, i) => n - before[i]!)).toEqual([100, 100]);
  const confirmed = answers.filter((x) => x.body.state === "confirmed");
  const waitlisted = answers.filter((x) => x.body.state === "waitlisted");
  expect(confirmed).toHaveLength(20);
  expect(waitlisted).toHaveLength(180);
  expect(waitlisted.map((x) => x.body.position).sort((p: number, q: number) => p - q)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
  expect((await db.offering.findUniqueOrThrow({ where: { id: offeringId } })).seatsTaken).toBe(20);

  // One withdraws through instance A; the first in line sees their place through instance B.
  const leaving = crowd[answers.findIndex((x) => x.body.state === "confirmed")]!;
  const leavingId = answers.find((x) => x.body.state === "confirmed")!.body.id as string;
  const firstIndex = answers.findIndex((x) => x.body.position === 1);
  expect((await call(a.url, `/enrollments/${leavingId}/withdraw`, leaving.token, "POST")).status).toBe(200);
  const seenOnB = (await (await call(b.url, "/me/enrollments", crowd[firstIndex]!.token)).json()).items[0];
  expect(seenOnB).toMatchObject({ id: answers[firstIndex]!.body.id, state: "confirmed" });
  const secondIndex = answers.findIndex((x) => x.body.position === 2);
  expect((await (await call(b.url, "/me/enrollments", crowd[secondIndex]!.token)).json()).items[0]).toMatchObject({ state: "waitlisted", position: 1 });
});

test("every email is delivered exactly once, though both instances deliver at the same time", async () => {
  test.setTimeout(180_000);
  // The applications above queued an email each, and both instances set about sending them at once.
  await until(async () => (await db.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } })) === 0, "the outbox is empty");
  const sent = await db.outboxMessage.findMany({ where: { status: "sent" }, select: { to: true, subject: true } });
  expect(sent.length).toBeGreaterThanOrEqual(202);
  const delivered = smtp.received.map((m) => `${(Array.isArray(m.to) ? m.to : [m.to]).flatMap((t) => t?.value.map((v) => v.address)).join(",")} ${m.subject}`);
  const expected = sent.map((m) => `${m.to} ${m.subject}`);
  expect(delivered.sort()).toEqual(expected.sort());
});

test("offers past their deadline expire once, and the next in line is offered the place once, whichever instance sweeps", async () => {
  test.setTimeout(120_000);
  const { offeringId } = await programme({ admission: "reviewed", capacity: 3 });
  const [o1, o2, o3, w1, w2, w3] = await people(6);
  const past = new Date(Date.now() - 60_000);
  await db.enrollment.createMany({
    data: [
      ...[o1!, o2!, o3!].map((p) => ({ offeringId, userId: p.id, state: "offered", activeKey: `${offeringId}:${p.id}`, offerExpiresAt: past })),
      ...[w1!, w2!, w3!].map((p, i) => ({ offeringId, userId: p.id, state: "waitlisted", activeKey: `${offeringId}:${p.id}`, waitRank: i + 1 })),
    ],
  });
  await db.offering.update({ where: { id: offeringId }, data: { seatsTaken: 3 } });
  // Twenty reads at once, spread over both instances: each read sweeps expired offers.
  const reads = await Promise.all([o1, o2, o3, w1, w2, w3, o1, o2, o3, w1, o1, o2, o3, w1, w2, w3, o1, o2, o3, w1].map((p) => call(proxy.url, "/me/enrollments", p!.token).then((r) => r.status)));
  expect(reads).toEqual(Array(20).fill(200));
  await until(async () => (await db.enrollment.count({ where: { offeringId, state: "offered", offerExpiresAt: { lte: new Date() } } })) === 0, "the old offers expired");
  const events = await db.enrollmentEvent.findMany({ where: { enrollment: { offeringId } }, select: { to: true, enrollment: { select: { userId: true } } } });
  const count = (userId: string, to: string) => events.filter((e) => e.enrollment.userId === userId && e.to === to).length;
  for (const p of [o1!, o2!, o3!]) expect(count(p.id, "expired"), p.id).toBe(1);
  for (const p of [w1!, w2!, w3!]) expect(count(p.id, "offered"), p.id).toBe(1);
  expect((await db.offering.findUniqueOrThrow({ where: { id: offeringId } })).seatsTaken).toBe(3);
});

test("a search answered from one instance's cache changes on every instance as soon as the programme changes", async () => {
  const token = `k${randomBytes(4).toString("hex")}`;
  const p = await programme({ admission: "first-come", capacity: 5, title: `Kestrel ${token}` });
  // A different page size each time gets past the HTTP cache in front of each instance
  // (s-maxage=60, keyed by URL), while the search answer cache inside it keys the total and
  // facet counts by the search index version and the filters only: what answers is that cache.
  let pageSize = 10;
  const search = async (instance: Instance, q: string) =>
    (await (await fetch(`${instance.url}/api/v1/programmes?q=${encodeURIComponent(q)}&pageSize=${pageSize++}`)).json()).total as number;
  for (const instance of [a, b, a, b]) expect(await search(instance, `kestrel ${token}`)).toBe(1);

  // Renamed by another process (a script, an editor on a third instance): both see it at once.
  await db.programme.update({ where: { id: p.id }, data: { titleZh: `Falcon ${token}`, titleEn: `Falcon ${token}` } });
  await indexProgrammes(db, [p.id]);
  for (const instance of [a, b]) {
    expect(await search(instance, `kestrel ${token}`)).toBe(0);
    expect(await search(instance, `falcon ${token}`)).toBe(1);
  }

  // A window opening: the read on A that notices it re-indexes the programme; B's answer follows.
  const opening = await programme({ admission: "first-come", capacity: 5, title: `Osprey ${token}`, opensAt: new Date(Date.now() + 3_000) });
  const openNow = async (instance: Instance) =>
    (await (await fetch(`${instance.url}/api/v1/programmes?q=osprey+${token}&open=true&pageSize=${pageSize++}`)).json()).total as number;
  expect(await openNow(a)).toBe(0);
  expect(await openNow(b)).toBe(0);
  await until(async () => (await db.offering.findUniqueOrThrow({ where: { id: opening.offeringId } })).opensAt.getTime() < Date.now(), "the window opens");
  expect(await openNow(a)).toBe(1);
  expect(await openNow(b)).toBe(1);
});

test("sign-in throttling counts attempts made on either instance", async () => {
  const email = `throttle-${randomBytes(4).toString("hex")}@example.com`;
  const now = new Date();
  await db.user.create({ data: { email, name: "Throttle", passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: now, consentAt: now, consentVersion: "2026-11" } });
  /** One sign-in on one instance, as the form does; the outcome code next-auth redirects with. */
  const signIn = async (instance: Instance, password: string) => {
    const csrf = await fetch(`${instance.url}/api/auth/csrf`);
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = await csrf.json();
    const answer = await fetch(`${instance.url}/api/auth/callback/credentials`, {
      method: "POST", redirect: "manual",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    const location = answer.headers.get("location") ?? (await answer.json().catch(() => ({}))).url ?? "";
    return new URL(location, instance.url).searchParams.get("error") ?? "ok";
  };
  // Five wrong passwords (the limit per account), taking turns between the instances.
  for (const instance of [a, b, a, b, a]) expect(await signIn(instance, "wrong password")).toBe("invalid");
  // The right password is refused now on both.
  expect(await signIn(b, PASSWORD)).toBe("throttled");
  expect(await signIn(a, PASSWORD)).toBe("throttled");
});
