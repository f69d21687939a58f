// Issue 12, attendance at the door: a learner with a confirmed place shows the QR code from
// "My applications"; staff open the session's check-in page on a phone and scan it with the
// camera (Chromium's fake camera plays a video made from the QR code on the learner's screen);
// the person shows as present; by name and by typed code too, with undo; completion by
// threshold marks them completed, and the learner sees it. axe on each page in both languages.
import { mkdirSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { cameraBrowser, qrFrame, y4m } from "./support/camera";
import { hashPassword } from "../../lib/auth/password";
import { e2eDb } from "./support/db";
import { signInPage } from "./support/accounts";

const PASSWORD = "attendance door phrase";
const HOUR = 3_600_000;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const SHOTS = "test/.artifacts/screenshots";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [size, viewport] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/attendance-${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

/** An institution of its own with an owner, and an offering of two sessions: yesterday's, and one that began 20 minutes ago. */
async function fixtures(run: string) {
  const now = Date.now();
  const passwordHash = await hashPassword(PASSWORD);
  const person = (label: string, name: string, locale = "zh-CN") =>
    e2eDb.user.create({ data: { email: `attendance-${label}-${run}@example.com`, name, passwordHash, locale, emailVerifiedAt: new Date(), consentAt: new Date(), consentVersion: "2026-11" } });
  const institution = await e2eDb.institution.create({
    data: { slug: `door-${run}`, kind: "training-centre", nameZh: `门口培训中心${run}`, nameEn: `Door Training Centre ${run}`, district: "yubei", status: "verified" },
  });
  const staff = await person("staff", "签到员");
  await e2eDb.membership.create({ data: { userId: staff.id, institutionId: institution.id, role: "owner" } });
  // A draft (not public), so the catalogue other tests count is untouched.
  const programme = await e2eDb.programme.create({
    data: {
      slug: `door-${run}`, institutionId: institution.id, kind: "training", area: "linux", admission: "first-come", status: "draft", mode: "in-person",
      titleZh: `嵌入式 Linux 实训${run}`, titleEn: `Embedded Linux lab ${run}`, summaryZh: "实训", summaryEn: "Lab",
    },
  });
  const offering = await e2eDb.offering.create({
    data: {
      programmeId: programme.id, code: `door-${run}`, startsAt: new Date(now - 24 * HOUR - 20 * 60_000), endsAt: new Date(now + 2 * HOUR),
      opensAt: new Date(now - 20 * 24 * HOUR), closesAt: new Date(now - 2 * 24 * HOUR), capacity: 30, seatsTaken: 3,
      sessions: {
        create: [0, 1].map((position) => ({
          position, startsAt: new Date(now - (1 - position) * 24 * HOUR - 20 * 60_000), endsAt: new Date(now - (1 - position) * 24 * HOUR + 100 * 60_000),
          venueZh: "两江新区软件园 A 座 301", venueEn: "Liangjiang Software Park, A-301",
        })),
      },
    },
    include: { sessions: { orderBy: { position: "asc" } } },
  });
  const learners = [];
  for (const [label, name] of [["a", "陈静"], ["b", "林涛"], ["c", "黄婷"]] as const) {
    const user = await person(label, name);
    const enrollment = await e2eDb.enrollment.create({
      data: { offeringId: offering.id, userId: user.id, state: "confirmed", activeKey: `${offering.id}:${user.id}`, events: { create: { from: null, to: "confirmed", at: new Date(now - 10 * 24 * HOUR) } } },
    });
    learners.push({ user, enrollment });
  }
  return { institution, staff, offering, learners };
}

test("a learner's QR code is scanned at the door with the camera; attendance feeds completion, which the learner sees", async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const { institution, staff, offering, learners } = await fixtures(run);
  const [a, b, c] = learners as [(typeof learners)[number], (typeof learners)[number], (typeof learners)[number]];
  const checkIn = `/studio/${institution.slug}/offerings/${offering.id}/check-in`;

  // The learner opens their applications on a phone and shows the code.
  const learnerContext = await browser.newContext({ viewport: PHONE });
  const learner = await learnerContext.newPage();
  await signInPage(learner, a.user.email, PASSWORD);
  await learner.goto("/me/enrollments");
  const place = learner.locator("li").filter({ hasText: `嵌入式 Linux 实训${run}` });
  await expect(place.getByText("已确认", { exact: true })).toBeVisible();
  await place.getByText("显示我的签到码").click();
  await expect(place.getByRole("img", { name: `嵌入式 Linux 实训${run}的签到二维码` })).toBeVisible();
  const short = (await place.locator("[data-check-in-short]").textContent())!;
  expect(short).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await test.step("axe: my applications with a QR code shown (Chinese)", () => expectNoViolations(learner));
  await shoot(learner, "me-enrollments-zh");
  const video = testInfo.outputPath("check-in-qr.y4m");
  writeFileSync(video, y4m(await qrFrame(learner)));
  // The link in the calendar entries opens the code at once, in English too.
  await learner.goto(`/en/me/enrollments?show=${a.enrollment.id}`);
  await expect(learner.getByRole("img", { name: `Check-in QR code for Embedded Linux lab ${run}` })).toBeVisible();
  await test.step("axe: my applications with a QR code shown (English)", () => expectNoViolations(learner));
  await shoot(learner, "me-enrollments-en");

  // Staff at the door, on a phone whose camera sees the learner's screen.
  const cameraPhone = await cameraBrowser(video);
  try {
    const staffContext = await cameraPhone.newContext({ baseURL, viewport: PHONE, permissions: ["camera"] });
    const door = await staffContext.newPage();
    // jsQR is loaded as its own script and BarcodeDetector is the browser's: neither may trip the CSP.
    const refused: string[] = [];
    door.on("console", (message) => {
      if (/Content Security Policy|Permissions policy/i.test(message.text())) refused.push(message.text());
    });
    await signInPage(door, staff.email, PASSWORD);
    const overview = await door.goto(checkIn);
    expect(overview!.headers()["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
    await expect(door.getByRole("heading", { level: 1 })).toHaveText(`签到：嵌入式 Linux 实训${run}`);
    await test.step("axe: the offering's check-in page (Chinese)", () => expectNoViolations(door));
    const response = await door.goto(`${checkIn}/${offering.sessions[1]!.id}`);
    // The camera is allowed on this page (and only here: the offering's page above keeps camera=()).
    expect(response!.headers()["permissions-policy"]).toContain("camera=(self)");
    const count = door.getByTestId("present-count");
    await expect(count).toHaveText("已签到 0 / 3 人");

    await door.getByRole("button", { name: "打开摄像头扫码" }).click();
    const banner = door.locator("[data-tone]");
    await expect(banner).toHaveText(/陈静 已签到（\d{2}:\d{2}）。/, { timeout: 30_000 });
    await expect(banner).toHaveAttribute("data-tone", "success");
    await expect(count).toHaveText("已签到 1 / 3 人");
    // No BarcodeDetector in desktop Linux Chromium: the pinned decoder read it.
    await expect(door.getByLabel("摄像头画面")).toHaveAttribute("data-decoder", /^(jsqr|barcode-detector)$/);
    // The same code still in front of the camera a few seconds later: idempotent, and it says when.
    await expect(banner).toHaveText(/陈静 已于 \d{2}:\d{2} 签到，无需重复签到。/, { timeout: 30_000 });
    await expect(count).toHaveText("已签到 1 / 3 人");
    await shoot(door, "scanning-zh");
    await door.getByRole("button", { name: "关闭摄像头" }).click();
    expect(refused).toEqual([]);
    await shoot(door, "session-zh");

    // The code typed by hand: the learner's short code (already in), then a mistyped one.
    const codeField = door.getByLabel("签到码");
    await codeField.fill(short.toLowerCase());
    await door.getByRole("button", { name: "签到", exact: true }).click();
    // The field empties once the code has been taken (the answer is the same as the camera's last one).
    await expect(codeField).toHaveValue("");
    await expect(banner).toHaveText(/陈静 已于 \d{2}:\d{2} 签到/);
    await codeField.fill("ZZZZ-ZZZZ");
    await door.getByRole("button", { name: "签到", exact: true }).click();
    await expect(banner).toHaveText("本期开班没有与此签到码对应的名额。请核对字符，或按姓名查找。");
    await expect(banner).toHaveAttribute("data-tone", "error");

    // By name: typing filters the list; one tap checks in, and undo takes it back.
    await door.getByLabel("姓名或邮箱").fill("林");
    await expect(door.getByText("显示 1 / 3 人")).toBeVisible();
    await door.getByRole("button", { name: "为林涛签到" }).click();
    await expect(banner).toHaveText(/林涛 已签到/);
    await expect(count).toHaveText("已签到 2 / 3 人");
    await door.getByRole("button", { name: "撤销林涛的签到" }).first().click();
    await expect(banner).toHaveText("已撤销 林涛 的签到。");
    await expect(count).toHaveText("已签到 1 / 3 人");
    await door.getByLabel("姓名或邮箱").fill("黄婷");
    await door.getByRole("button", { name: "为黄婷签到" }).click();
    await expect(count).toHaveText("已签到 2 / 3 人");
    await test.step("axe: a session's check-in page with an answer showing (Chinese)", () => expectNoViolations(door));

    // Yesterday's session, filled in afterwards by name: 陈静 came to both.
    await door.getByRole("link", { name: "本期全部课次" }).click();
    await door.getByRole("link", { name: "打开签到：第 1 次课" }).first().click();
    await door.getByRole("button", { name: "为陈静签到" }).click();
    await expect(door.getByTestId("present-count")).toHaveText("已签到 1 / 3 人");

    // Completion: 陈静 2 of 2 (completed at 80%), 黄婷 1 of 2 (left as she is), 林涛 none (no-show).
    await door.goto(checkIn);
    const attendance = door.locator("section", { has: door.getByRole("heading", { name: "出勤与结业" }) });
    await expect(attendance.locator("li").filter({ hasText: "陈静" })).toContainText("出勤 2 / 2 次");
    await expect(attendance.locator("li").filter({ hasText: "黄婷" })).toContainText("出勤 1 / 2 次");
    await expect(attendance.locator("li").filter({ hasText: "林涛" })).toContainText("出勤 0 / 2 次");
    await expect(attendance.getByLabel("结业所需出勤率（%）")).toHaveValue("80");
    await expect(attendance.getByText("至少出勤 2 次（共 2 次）")).toBeVisible();
    door.on("dialog", (dialog) => void dialog.accept());
    await attendance.getByRole("button", { name: "将 1 人标记为已结业" }).click();
    await expect(attendance.getByText("已将 1 人标记为已结业。")).toBeVisible();
    await attendance.getByRole("button", { name: "将 1 人标记为未出席" }).click();
    await expect(attendance.getByText("已将 1 人标记为未出席。")).toBeVisible();
    await expect(attendance.locator("li").filter({ hasText: "陈静" })).toContainText("已结业");
    await expect(attendance.locator("li").filter({ hasText: "林涛" })).toContainText("未出席");
    await expect(attendance.locator("li").filter({ hasText: "黄婷" })).toContainText("已确认");
    await test.step("axe: the offering's check-in page after completion (Chinese)", () => expectNoViolations(door));
    await shoot(door, "offering-zh");
    expect((await e2eDb.enrollment.findUniqueOrThrow({ where: { id: c.enrollment.id } })).state).toBe("confirmed");
    expect((await e2eDb.enrollment.findUniqueOrThrow({ where: { id: b.enrollment.id } })).state).toBe("no-show");

    // English, both pages.
    await door.goto(`/en${checkIn}`);
    await expect(door.getByRole("heading", { level: 1 })).toHaveText(`Check-in: Embedded Linux lab ${run}`);
    await test.step("axe: the offering's check-in page (English)", () => expectNoViolations(door));
    await shoot(door, "offering-en");
    await door.goto(`/en${checkIn}/${offering.sessions[1]!.id}?q=attendance-c-`);
    // 林涛 is a no-show now: only confirmed and completed places are expected at the door.
    await expect(door.getByTestId("present-count")).toHaveText("2 of 2 checked in");
    await expect(door.getByText("1 of 2 shown")).toBeVisible();
    await door.getByRole("textbox", { name: "Check-in code" }).fill("CQCI:NOT:A-REAL-CODE");
    await door.getByRole("button", { name: "Check in", exact: true }).click();
    await expect(door.locator("[data-tone]")).toHaveText("This check-in code is not valid: it was altered or made up. Find the person by name instead.");
    await test.step("axe: a session's check-in page (English)", () => expectNoViolations(door));
    await shoot(door, "session-en");
    await staffContext.close();
  } finally {
    await cameraPhone.close();
  }

  // The learner sees the outcome; a completed place shows no check-in code any more.
  await learner.goto("/me/enrollments");
  await expect(place.getByText("已结业", { exact: true }).first()).toBeVisible(); // the badge (the timeline says it too)
  await expect(place.getByText("显示我的签到码")).toHaveCount(0);
  await learnerContext.close();
});

test("the check-in page's name search works without JavaScript", async ({ browser }) => {
  const run = `nojs${Date.now().toString(36)}`;
  const { institution, staff, offering } = await fixtures(run);
  const signedIn = await browser.newContext();
  await signInPage(await signedIn.newPage(), staff.email, PASSWORD);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState(), viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`/studio/${institution.slug}/offerings/${offering.id}/check-in/${offering.sessions[1]!.id}`);
  await page.getByLabel("姓名或邮箱").fill("林涛");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\?q=%E6%9E%97%E6%B6%9B$/);
  await expect(page.getByText("显示 1 / 3 人")).toBeVisible();
  await expect(page.getByRole("button", { name: "为林涛签到" })).toBeVisible();
  await expect(page.getByRole("button", { name: "为陈静签到" })).toHaveCount(0);
  await context.close();
  await signedIn.close();
});
