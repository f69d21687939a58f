import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db-client";
import { signInPage, waitForMail } from "./support/accounts";

const db = createPrismaClient("file:./test/.artifacts/e2e.db");
test.afterAll(() => db.$disconnect());

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

  await signInPage(second, "learner.en@example.com", undefined, true);
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
  await expect(second.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
});
