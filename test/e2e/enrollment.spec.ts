import { createHash, randomBytes } from "node:crypto";
import fc from "fast-check";
import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import { signInPage, waitForMail } from "./support/accounts";
import { e2eDb as db } from "./support/db";
import { overseasQuestions } from "../../prisma/seed/data/questions";

// Enrollment through the running server. Fixtures the UI cannot make yet (programmes, many
// people) are written straight to the server's database file, so this file runs on its own
// after the others (playwright.config.ts, project "enrollment") and its tests one at a time.
test.describe.configure({ mode: "serial" });
test.afterAll(() => db.$disconnect());

const DAY = 86_400_000;

/**
 * An application in the bureau's review queue, on whichever page it has reached: the queue is
 * oldest first, and other tests running at the same time add to it.
 */
async function openInReviewQueue(admin: Page, text: string) {
  for (let page = 1; page <= 100; page++) {
    await admin.goto(`/admin/enrollments?page=${page}`);
    const item = admin.locator("li").filter({ hasText: text });
    if ((await item.count()) > 0) return item;
    if ((await admin.locator("a[rel=next]").count()) === 0) break;
  }
  throw new Error(`"${text}" is not in the review queue`);
}

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
  // Two statements, not one per person.
  const tokens = Array.from({ length: people }, () => `cqp_${randomBytes(32).toString("base64url")}`);
  const ids = tokens.map((_, i) => `burst-${run}-${i}`);
  await db.user.createMany({
    data: ids.map((id, i) => ({ id, email: `${id}@example.com`, name: `Burst ${i}`, passwordHash: "not-used", emailVerifiedAt: new Date(), consentAt: new Date(), consentVersion: "2026-11" })),
  });
  await db.apiToken.createMany({
    data: ids.map((userId, i) => ({ userId, name: "burst", prefix: tokens[i]!.slice(0, 10), tokenHash: createHash("sha256").update(tokens[i]!).digest("hex"), expiresAt: new Date(now + DAY) })),
  });
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

test("random answers to a programme's questions get field errors or a place, never a 5xx; refused answers create nothing", async ({ baseURL }) => {
  const { tokens } = await fixture(1, 3);
  const { offeringId } = await overseasWithQuestions();
  const keys = overseasQuestions.steps.flatMap((s) => s.questions.map((q) => q.key));
  const value = fc.oneof(fc.string({ maxLength: 80 }), fc.double(), fc.integer({ min: -10, max: 200 }), fc.constant(null), fc.boolean(), fc.constantFrom("ielts", "toefl", "none", "6.5", "98", "x".repeat(60)));
  const body = fc.oneof(
    fc.record({ answers: fc.dictionary(fc.constantFrom(...keys, "extra"), value), formVersion: fc.oneof(fc.constant(1), fc.constant(2), fc.string(), fc.constant(undefined)) }, { requiredKeys: [] }),
    fc.jsonValue(),
  );
  const statuses: number[] = [];
  await fc.assert(
    fc.asyncProperty(body, async (sent) => {
      const response = await fetch(`${baseURL}/api/v1/offerings/${offeringId}/enrollments`, {
        method: "POST", headers: { authorization: `Bearer ${tokens[0]}`, "content-type": "application/json", "accept-language": "en" }, body: JSON.stringify(sent),
      });
      statuses.push(response.status);
      expect([201, 400, 409]).toContain(response.status);
      if (response.status === 400) {
        const fields = (await response.json()).error.fields as { path: string; message: string }[];
        expect(fields.length).toBeGreaterThan(0);
        for (const f of fields) expect(f.message).not.toMatch(/^[a-z_]+(:\d+)?$/); // words, not rule keys
      }
    }),
    { numRuns: 80 },
  );
  // At most one application, and only if some body was accepted.
  expect(await db.enrollment.count({ where: { offeringId } })).toBe(statuses.includes(201) ? 1 : 0);
});

/** A reviewed overseas programme (slug questions-{run}) asking the demo overseas questions, with one offering open now. */
async function overseasWithQuestions() {
  const run = randomBytes(4).toString("hex");
  const institution = await db.institution.findFirstOrThrow({ where: { status: "verified" } });
  const now = Date.now();
  const programme = await db.programme.create({
    data: {
      slug: `questions-${run}`, institutionId: institution.id, kind: "overseas", area: "export", admission: "reviewed", status: "published", mode: "in-person",
      titleZh: `问卷进修 ${run}`, titleEn: `Questions study ${run}`, summaryZh: "测试", summaryEn: "Test", publishedAt: new Date(now),
      questionSets: { create: { version: 1, definition: overseasQuestions } },
      offerings: { create: { code: "a", startsAt: new Date(now + 40 * DAY), endsAt: new Date(now + 100 * DAY), opensAt: new Date(now - DAY), closesAt: new Date(now + 20 * DAY), capacity: 5 } },
    },
    select: { offerings: { select: { id: true, closesAt: true } } },
  });
  return { run, offeringId: programme.offerings[0]!.id, closesAt: programme.offerings[0]!.closesAt };
}

/** A first-come lecture with one seat, open for enrolment now (a fixture in the server's database). */
async function oneSeatLecture() {
  const run = randomBytes(4).toString("hex");
  const institution = await db.institution.findFirstOrThrow({ where: { status: "verified" } });
  const now = Date.now();
  const DAY = 86_400_000;
  await db.programme.create({
    data: {
      slug: `one-seat-${run}`, institutionId: institution.id, kind: "lecture", area: "security", admission: "first-come", status: "published", mode: "in-person",
      titleZh: `一个名额的讲座 ${run}`, titleEn: `One-seat lecture ${run}`, summaryZh: "测试", summaryEn: "Test", publishedAt: new Date(now),
      offerings: {
        create: {
          code: "a", startsAt: new Date(now + 20 * DAY), endsAt: new Date(now + 20 * DAY + 7_200_000), opensAt: new Date(now - DAY), closesAt: new Date(now + 10 * DAY), capacity: 1,
          sessions: { create: { position: 0, startsAt: new Date(now + 20 * DAY), endsAt: new Date(now + 20 * DAY + 7_200_000), venueZh: "软件园报告厅", venueEn: "Software Park Hall" } },
        },
      },
    },
  });
  return `one-seat-${run}`;
}

test("apply and be confirmed; the next person joins the waitlist; the first withdraws and the second is promoted and notified", async ({ browser }) => {
  test.setTimeout(90_000);
  const started = Date.now();
  const slug = await oneSeatLecture();
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();

  // Anonymous visitors are asked to sign in first.
  await first.goto(`/programmes/${slug}`);
  await expect(first.getByRole("link", { name: "登录后报名" })).toBeVisible();

  await signInPage(first, "learner@example.com");
  await first.goto(`/programmes/${slug}`);
  await first.getByRole("button", { name: "报名" }).click();
  await expect(first.getByRole("status")).toHaveText("报名成功，名额已确认。");

  // The confirmed place as an iCalendar file, read back with ical.js; nobody else can fetch it.
  const mine = (await (await first.request.get("/api/v1/me/enrollments")).json()).items[0];
  const ics = await first.request.get(`/api/v1/enrollments/${mine.id}/calendar.ics`);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const events = new ICAL.Component(ICAL.parse(await ics.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(1);
  expect(events[0]!.summary).toBe(`一个名额的讲座 ${slug.replace("one-seat-", "")}`);
  expect(events[0]!.location).toBe("软件园报告厅");
  // iCalendar keeps whole seconds.
  expect(events[0]!.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(mine.offering.startsAt) / 1000) * 1000);

  await signInPage(second, "learner.en@example.com", undefined, true);
  expect((await second.request.get(`/api/v1/enrollments/${mine.id}/calendar.ics`)).status()).toBe(404);
  await second.goto(`/en/programmes/${slug}`);
  await expect(second.getByText("0 of 1 places left")).toBeVisible();
  await second.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(second.getByRole("status")).toHaveText("The offering is full: you are on the waitlist at position 1.");
  await second.goto("/en/me/enrollments");
  await expect(second.getByText("Position 1 on the waitlist")).toBeVisible();

  first.once("dialog", (dialog) => void dialog.accept());
  await first.goto("/me/enrollments");
  await expect(first.getByText("下次上课")).toContainText("软件园报告厅");
  await first.getByRole("button", { name: "退出报名" }).click();
  await expect(first.locator("li").filter({ hasText: slug.replace("one-seat-", "") }).getByText("已退出").first()).toBeVisible();

  const mail = await waitForMail("learner.en@example.com", new RegExp(`Your application: One-seat lecture ${slug.replace("one-seat-", "")}`), started, /is now: Confirmed/);
  expect(mail.text).toContain("/en/me/enrollments");
  await second.reload();
  await expect(second.getByText("Confirmed", { exact: true }).first()).toBeVisible();
  await expect(second.getByText("Position 1 on the waitlist")).toHaveCount(0);
  await expect(second.getByRole("link", { name: /Notifications: \d+ unread/ })).toBeVisible();
  await second.getByRole("link", { name: /Notifications/ }).first().click();
  await expect(second.getByRole("link", { name: new RegExp(`One-seat lecture .*: Confirmed`) })).toBeVisible();
  await second.getByRole("button", { name: "Mark all as read" }).click();
  await expect(second.getByRole("banner").getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
});

test("a reviewed programme goes submitted, approved, confirmed; a declined place is offered to the next person, whose offer then expires", async ({ browser }) => {
  test.setTimeout(90_000);
  const run = randomBytes(4).toString("hex");
  const institution = await db.institution.findFirstOrThrow({ where: { status: "verified" } });
  const now = Date.now();
  const DAY = 86_400_000;
  const programme = await db.programme.create({
    data: {
      slug: `reviewed-${run}`, institutionId: institution.id, kind: "overseas", area: "export", admission: "reviewed", status: "published", mode: "in-person",
      titleZh: `审核制进修 ${run}`, titleEn: `Reviewed study ${run}`, summaryZh: "测试", summaryEn: "Test", publishedAt: new Date(now),
      offerings: { create: { code: "a", startsAt: new Date(now + 40 * DAY), endsAt: new Date(now + 100 * DAY), opensAt: new Date(now - DAY), closesAt: new Date(now + 20 * DAY), capacity: 1 } },
    },
    select: { offerings: { select: { id: true } } },
  });
  const offeringId = programme.offerings[0]!.id;

  const learner = await (await browser.newContext()).newPage();
  await signInPage(learner, "learner@example.com");
  await learner.goto(`/programmes/reviewed-${run}`);
  await learner.getByRole("button", { name: "提交申请" }).click();
  await expect(learner.getByRole("status")).toHaveText("申请已提交，审核结果会通知您。");
  await learner.goto("/me/enrollments");
  await expect(learner.getByText("待审核").first()).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signInPage(admin, "admin@example.com");
  const application = await openInReviewQueue(admin, `审核制进修 ${run}`);
  admin.once("dialog", (d) => void d.accept()); // "approve 李明's application?"
  await application.getByRole("button", { name: "通过: 李明", exact: true }).click();
  await expect(application).toHaveCount(0);

  await learner.reload();
  await expect(learner.getByText("已确认").first()).toBeVisible();

  // A second applicant approved onto the waitlist, then offered the place when the first declines... here: withdraws.
  const second = await (await browser.newContext()).newPage();
  await signInPage(second, "learner.en@example.com", undefined, true);
  await second.goto(`/en/programmes/reviewed-${run}`);
  await second.getByRole("button", { name: "Apply" }).click();
  await expect(second.getByRole("status")).toHaveText("Your application is submitted; you will be told the decision.");
  await admin.reload();
  admin.once("dialog", (d) => void d.accept());
  await admin.locator("li").filter({ hasText: `审核制进修 ${run}` }).getByRole("button", { name: "通过: Emma Clarke", exact: true }).click();
  // The decision has landed once the application leaves the queue.
  await expect(admin.locator("li").filter({ hasText: `审核制进修 ${run}` })).toHaveCount(0);
  await second.goto("/en/me/enrollments");
  await expect(second.getByText("Approved, waiting for a place").first()).toBeVisible();

  learner.once("dialog", (d) => void d.accept());
  await learner.getByRole("button", { name: "退出报名" }).first().click();
  // Wait for the withdrawal to land before looking from the other side.
  await expect(learner.locator("li").filter({ hasText: `审核制进修 ${run}` }).getByText("已退出").first()).toBeVisible();
  await second.reload();
  await expect(second.getByText("Place offered").first()).toBeVisible();
  await expect(second.getByText(/Accept by .* left\)/)).toBeVisible();

  // The deadline passes (moved into the past in the database): the page shows the offer lapsed at
  // once, and the scheduler (not the read) records it and frees the seat within its tick.
  await db.enrollment.updateMany({ where: { offeringId, state: "offered" }, data: { offerExpiresAt: new Date(Date.now() - 1000) } });
  await second.reload();
  await expect(second.getByText("Offer expired").first()).toBeVisible();
  await expect(second.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await expect.poll(async () => (await db.offering.findUniqueOrThrow({ where: { id: offeringId } })).seatsTaken, { timeout: 60_000 }).toBe(0);
  expect(await db.enrollment.count({ where: { offeringId, state: "expired" } })).toBe(1);
});

test("an overseas programme's questions: a multi-step form that checks each step, keeps a draft, and submits answers the reviewer reads; a private calendar feed that can be replaced", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { run, closesAt } = await overseasWithQuestions();

  // In Chinese: the first step refuses to move on without an answer, in Chinese.
  const zh = await (await browser.newContext()).newPage();
  await signInPage(zh, "learner@example.com");
  await zh.goto(`/programmes/questions-${run}`);
  await zh.getByRole("link", { name: "提交申请" }).click();
  await expect(zh.getByRole("heading", { level: 1 })).toHaveText(`申请：问卷进修 ${run}`);
  await zh.getByRole("button", { name: "下一步" }).click();
  await expect(zh.getByText("请选择一项")).toBeVisible();
  await expect(zh.getByText("第 1 步，共 4 步 · 语言能力")).toBeAttached();

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInPage(page, "learner.en@example.com", undefined, true);
  await page.goto(`/en/programmes/questions-${run}`);
  await page.getByRole("link", { name: "Apply" }).click();
  const steps = page.getByRole("navigation", { name: "Application steps" });
  await expect(steps.locator('[aria-current="step"]')).toContainText("Language");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Choose one of the options")).toBeVisible();
  // The score question appears only once a test is chosen, with that test's range.
  await expect(page.getByLabel("TOEFL iBT total score")).toHaveCount(0);
  await page.getByLabel("TOEFL iBT", { exact: true }).check();
  await expect(page.getByText("Choose one of the options")).toHaveCount(0); // a fixed answer clears its message at once
  await page.getByLabel("TOEFL iBT total score").fill("130");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Must be at most 120")).toBeVisible();
  await page.getByLabel("TOEFL iBT total score").fill("98");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(steps.locator('[aria-current="step"]')).toContainText("Experience");
  await page.getByLabel("Years of software work").fill("3");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(steps.locator('[aria-current="step"]')).toContainText("Statement");
  await expect(page.getByText(/^Draft saved/)).toBeVisible();

  // Leave and come back: the draft brings back the step and the answers.
  await page.goto("/en/me/enrollments");
  const drafts = page.getByRole("region", { name: "Applications not yet submitted" });
  await expect(drafts).toContainText(`Questions study ${run}`);
  await drafts.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByText(/Your saved draft is restored/)).toBeVisible();
  await expect(steps.locator('[aria-current="step"]')).toContainText("Statement");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Years of software work")).toHaveValue("3");
  await page.getByRole("button", { name: "Next" }).click();

  const statement = page.getByLabel(/What do you hope to learn/);
  await statement.fill("Too short.");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Write at least 50 characters")).toBeVisible();
  await statement.fill("I want to learn how distributed teams review code and ship releases, and bring that practice home.");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(steps.locator('[aria-current="step"]')).toContainText("Check and submit");
  await expect(page.getByText("TOEFL iBT", { exact: true })).toBeVisible();
  await expect(page.getByText("3 years")).toBeVisible();
  // "Edit" goes back to a step, and from there straight back to the check step.
  await page.getByRole("button", { name: "Edit: Experience" }).click();
  await page.getByLabel("Years of software work").fill("4");
  await page.getByRole("button", { name: "Back to check and submit" }).click();
  await expect(steps.locator('[aria-current="step"]')).toContainText("Check and submit");
  await expect(page.getByText("4 years")).toBeVisible();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your application is submitted" })).toBeVisible();

  await page.goto("/en/me/enrollments");
  await expect(page.getByRole("region", { name: "Applications not yet submitted" })).toHaveCount(0);
  const mine = page.locator("li").filter({ hasText: `Questions study ${run}` });
  await expect(mine.getByText("Awaiting review", { exact: true })).toBeVisible();
  await mine.getByText("Answers").click();
  await expect(mine.getByText("98")).toBeVisible();

  // The reviewer reads the answers as they were asked, in the reviewer's language.
  const admin = await (await browser.newContext()).newPage();
  await signInPage(admin, "admin@example.com");
  const application = await openInReviewQueue(admin, `问卷进修 ${run}`);
  await application.getByText("申请答卷").click();
  await expect(application.getByText("托福（TOEFL iBT）")).toBeVisible();
  await expect(application.getByText("4 年")).toBeVisible();

  // The calendar feed: created on the page, read without any cookie, replaced, and the old address is dead.
  await page.getByRole("button", { name: "Create my feed address" }).click();
  const address = page.getByLabel("Feed address");
  await expect(address).toHaveValue(/\/api\/v1\/calendar\/.+\.ics$/);
  const first = await address.inputValue();
  const feed = await request.get(new URL(first).pathname);
  expect(feed.status()).toBe(200);
  const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const closing = events.find((e) => e.summary === `Enrolment closes: Questions study ${run}`);
  expect(closing?.endDate.toJSDate().getTime()).toBe(Math.floor(closesAt.getTime() / 1000) * 1000);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Replace the address" }).click();
  await expect(address).not.toHaveValue(first);
  expect((await request.get(new URL(first).pathname)).status()).toBe(404);
  expect((await request.get(new URL(await address.inputValue()).pathname)).status()).toBe(200);
});
