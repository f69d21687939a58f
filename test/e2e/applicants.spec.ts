// Issue 12, applicants per offering and the roster: a reviewer of the national software college
// rejects one application, approves the rest in bulk (seats first, then the waitlist), filters and
// searches the list; the owner reorders the waitlist with a reason; the roster downloads as a CSV
// that a CSV parser reads back with its byte-order mark, escaped formulas and Chinese intact.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { answerSnapshot, type QuestionSet } from "../../lib/enrollment/questions";
import { e2eDb } from "./support/db";
import { DEMO, signInPage } from "./support/accounts";

const PASSWORD = "roster reviewer phrase";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const QUESTIONS: QuestionSet = {
  steps: [{
    key: "about", title: { zh: "关于您", en: "About you" },
    questions: [
      { key: "employer", kind: "text", label: { zh: "工作单位", en: "Employer" }, required: true, maxLength: 200 },
      { key: "years", kind: "number", label: { zh: "工作年限", en: "Years of experience" }, required: true, min: 0, max: 60, integer: true, unit: { zh: "年", en: "years" } },
      { key: "statement", kind: "long-text", label: { zh: "个人陈述", en: "Statement" }, required: false, minLength: 0, maxLength: 2000 },
    ],
  }],
};

/**
 * A reviewed offering of the national software college with eight applications waiting, made as
 * the demo data makes its own (the programme is a draft, so the public catalogue that other tests
 * count is unchanged), and a reviewer of the college to decide them.
 */
async function fixture() {
  const run = Date.now().toString(36) + Math.floor(Math.random() * 1000);
  const now = Date.now();
  const institution = await e2eDb.institution.findUniqueOrThrow({ where: { slug: "cq-national-software-college" } });
  const reviewerEmail = `roster-reviewer-${run}@example.com`;
  const passwordHash = await hashPassword(PASSWORD);
  const reviewer = await e2eDb.user.create({ data: { email: reviewerEmail, name: "审核员周", passwordHash, emailVerifiedAt: new Date(), consentAt: new Date(), consentVersion: "2026-11", locale: "zh-CN" } });
  await e2eDb.membership.create({ data: { userId: reviewer.id, institutionId: institution.id, role: "reviewer" } });
  const programme = await e2eDb.programme.create({
    data: {
      slug: `roster-${run}`, institutionId: institution.id, kind: "overseas", area: "quality", admission: "reviewed", status: "draft", mode: "in-person",
      titleZh: `新加坡软件质量研修${run}`, titleEn: `Software quality study in Singapore ${run}`, summaryZh: "研修", summaryEn: "Study",
      questionSets: { create: { version: 1, definition: QUESTIONS } },
    },
  });
  const offering = await e2eDb.offering.create({
    data: {
      programmeId: programme.id, code: `r${run}`, capacity: 5, opensAt: new Date(now - 5 * DAY), closesAt: new Date(now + 20 * DAY),
      startsAt: new Date(now + 30 * DAY), endsAt: new Date(now + 40 * DAY),
    },
  });
  const employers = ["=1+1", "+86 重庆两江", "@重庆", "-5", "重庆, 渝北", "重庆数据公司", "重庆软件园", "重庆大学"];
  const names = ["赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七", "王八"].map((n) => `${n}${run.slice(-4)}`);
  for (const [i, name] of names.entries()) {
    const user = await e2eDb.user.create({
      data: { email: `roster-${run}-${i}@example.com`, name, phone: i === 0 ? "+8613800138000" : null, passwordHash, emailVerifiedAt: new Date(), consentAt: new Date(), consentVersion: "2026-11" },
    });
    const at = new Date(now - (10 - i) * MINUTE);
    const answers = answerSnapshot(QUESTIONS, { employer: employers[i]!, years: i, statement: i === 0 ? "第一行，有逗号\n第二行 \"引号\"" : null });
    await e2eDb.enrollment.create({
      data: {
        offeringId: offering.id, userId: user.id, state: "submitted", activeKey: `${offering.id}:${user.id}`, answers, formVersion: 1, createdAt: at,
        events: { create: { from: null, to: "submitted", at } },
      },
    });
  }
  return { run, reviewerEmail, offering, names, title: programme.titleZh, path: `/studio/cq-national-software-college/offerings/${offering.id}/applicants` };
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signedIn(browser: Browser, email: string, password?: string, english = false) {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await signInPage(page, email, password, english);
  return page;
}

const row = (page: Page, name: string) => page.locator("li[data-applicant]").filter({ hasText: name });

test("a reviewer decides in bulk, filters and searches; the owner reorders the waitlist; the roster CSV reads back intact", async ({ browser }) => {
  test.setTimeout(120_000);
  const f = await fixture();
  const reviewer = await signedIn(browser, f.reviewerEmail, PASSWORD);
  await reviewer.goto(f.path);
  await expect(reviewer.getByRole("heading", { level: 1, name: `申请人：${f.title}` })).toBeVisible();
  await expect(reviewer.getByText("待审核 8 人")).toBeVisible();
  await expect(reviewer.getByText("名额 0/5")).toBeVisible();
  await expect(reviewer.locator("li[data-applicant]")).toHaveCount(8);

  // One application rejected on its own, with a reason code and a message.
  const last = row(reviewer, f.names[7]!);
  await last.getByRole("button", { name: `不通过: ${f.names[7]}` }).click();
  await last.getByLabel("原因").selectOption("documents");
  await last.getByLabel("给申请人的说明").fill("请补充在职证明。");
  await last.getByRole("button", { name: "确认不通过" }).click();
  await expect(last.getByText("未通过", { exact: true })).toBeVisible();

  // Everyone on the page approved at once: five get the seats, two the waitlist, one was decided already.
  const bulk = reviewer.getByRole("region", { name: "批量处理所选申请人" });
  await bulk.getByLabel("全选本页").check();
  await expect(bulk.getByText("已选 8 人")).toBeVisible();
  await expect(bulk.getByLabel("操作")).toHaveValue("approve");
  reviewer.once("dialog", (dialog) => void dialog.accept());
  await bulk.getByRole("button", { name: "对所选 8 人执行" }).click();
  await expect(bulk.getByRole("status")).toHaveText("5 人通过并确认名额；2 人通过，进入候补；1 人此前已处理");
  await expect(reviewer.getByText("名额 5/5")).toBeVisible();
  await expect(reviewer.getByText("候补 2 人")).toBeVisible();
  await expect(bulk.getByText("未选择")).toBeVisible();
  // A reviewer decides; moving people in the line is for the staff running the offering.
  await expect(reviewer.getByRole("button", { name: /^调整候补顺序/ })).toHaveCount(0);

  // Filters and search, as a form (the URL carries them).
  const filters = reviewer.getByRole("form", { name: "筛选申请人" });
  await filters.getByLabel("状态").selectOption("waitlisted");
  await filters.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(reviewer).toHaveURL(/state=waitlisted/);
  await expect(reviewer.locator("li[data-applicant]")).toHaveCount(2);
  await expect(row(reviewer, f.names[5]!).getByText("候补第 1 位")).toBeVisible();
  await expect(row(reviewer, f.names[6]!).getByText("候补第 2 位")).toBeVisible();
  await reviewer.getByRole("link", { name: "清除筛选" }).click();
  await expect(reviewer.locator("li[data-applicant]")).toHaveCount(8);
  await reviewer.getByLabel("姓名或邮箱").fill(f.names[3]!.slice(0, 2));
  await reviewer.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(reviewer.locator("li[data-applicant]")).toHaveCount(1);
  await expect(row(reviewer, f.names[3]!).getByText("已确认")).toBeVisible();
  await reviewer.getByLabel("姓名或邮箱").fill(`roster-${f.run}-6@`);
  await reviewer.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(reviewer.locator("li[data-applicant]")).toHaveCount(1);
  await expect(row(reviewer, f.names[6]!)).toBeVisible();

  // The owner moves the second in line to the front, with a reason the person reads.
  const owner = await signedIn(browser, DEMO.staffA);
  await owner.goto(`${f.path}?state=waitlisted`);
  const second = row(owner, f.names[6]!);
  await second.getByRole("button", { name: `调整候补顺序: ${f.names[6]}` }).click();
  await second.getByLabel("新的候补位次（1 = 下一位）").fill("1");
  await second.getByLabel("原因（对方会看到）").fill("合作企业推荐，优先候补。");
  await second.getByRole("button", { name: "调整", exact: true }).click();
  await expect(second.getByText("已调到第 1 位。")).toBeVisible();
  await expect(second.getByText("候补第 1 位")).toBeVisible();
  await expect(row(owner, f.names[5]!).getByText("候补第 2 位")).toBeVisible();
  const moved = await e2eDb.enrollmentEvent.findFirst({ where: { enrollment: { offeringId: f.offering.id }, actorLabel: "waitlist-reorder" } });
  expect(moved?.message).toBe("合作企业推荐，优先候补。");

  // The roster, as a CSV download, read back with a CSV parser.
  await reviewer.goto(f.path);
  const exporter = reviewer.getByRole("region", { name: "下载名单" });
  await expect(exporter.getByLabel("CSV（可用 Excel、WPS、Numbers 打开）")).toBeChecked();
  const [download] = await Promise.all([reviewer.waitForEvent("download"), exporter.getByRole("button", { name: "下载" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^新加坡软件质量研修${f.run}-r${f.run}-名单-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(bytes, { bom: true }) as string[][];
  expect(header).toEqual(["姓名", "邮箱", "电话", "状态", "候补位次", "申请时间（Asia/Shanghai）", "审核时间（Asia/Shanghai）", "工作单位", "工作年限（年）", "个人陈述", "出席次数（共 0 次）"]);
  expect(rows.map((r) => r[0])).toEqual(f.names);
  const cell = (n: number, column: string) => rows[n]![header!.indexOf(column)];
  expect(cell(0, "电话")).toBe("'+8613800138000");
  expect(rows.map((r) => r[header!.indexOf("工作单位")])).toEqual(["'=1+1", "'+86 重庆两江", "'@重庆", "'-5", "重庆, 渝北", "重庆数据公司", "重庆软件园", "重庆大学"]);
  expect(cell(0, "个人陈述")).toBe("第一行，有逗号\n第二行 \"引号\"");
  expect(rows.map((r) => r[header!.indexOf("状态")])).toEqual(["已确认", "已确认", "已确认", "已确认", "已确认", "候补中", "候补中", "未通过"]);
  expect(rows.map((r) => r[header!.indexOf("候补位次")])).toEqual(["", "", "", "", "", "2", "1", ""]);
  expect(cell(7, "审核时间（Asia/Shanghai）")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  const audit = await e2eDb.auditEvent.findFirst({ where: { action: "roster.exported", subjectId: f.offering.id } });
  expect(audit?.data).toMatchObject({ format: "csv", rows: 8 });
});

for (const prefix of ["", "/en"]) {
  test(`axe finds no violations on the applicants page (${prefix ? "English" : "Chinese"}), with a rejection being written`, async ({ browser }) => {
    const f = await fixture();
    const page = await signedIn(browser, DEMO.staffA, undefined, prefix === "/en");
    await page.goto(`${prefix}${f.path}`);
    await expect(page.locator("li[data-applicant]")).toHaveCount(8);
    await expectNoViolations(page);
    const first = row(page, f.names[0]!);
    await first.getByRole("button", { name: prefix ? `Reject: ${f.names[0]}` : `不通过: ${f.names[0]}` }).click();
    await first.getByRole("button", { name: prefix ? "Confirm rejection" : "确认不通过" }).click();
    await expect(first.locator("[aria-invalid=true]")).toBeVisible();
    await expectNoViolations(page);
    await page.goto(`${prefix}${f.path}?state=nothing-here&q=%E6%97%A0`);
    await expectNoViolations(page);
  });
}

test("the list and its filters work without JavaScript, and the roster form still downloads", async ({ browser }) => {
  const f = await fixture();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Signing in needs JavaScript: take the session of a signed-in context.
  const signed = await signedIn(browser, f.reviewerEmail, PASSWORD);
  await context.addCookies(await signed.context().cookies());
  await page.goto(f.path);
  await page.getByLabel("姓名或邮箱").fill(f.names[2]!);
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page.locator("li[data-applicant]")).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("region", { name: "下载名单" }).getByRole("button", { name: "下载" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});

test("the roster API with a personal token: the college's owner gets the XLSX, another institution's editor a 404", async ({ playwright, baseURL }) => {
  const f = await fixture();
  const tokenOf = async (email: string) => {
    const session = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    const { signInRequest } = await import("./support/accounts");
    await signInRequest(session, email);
    const response = await session.post("/api/v1/me/tokens", { data: { name: `roster ${f.run}`, expiresInDays: 30 } });
    expect(response.status()).toBe(201);
    const created = await response.json();
    await session.dispose();
    return playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${created.token}` } });
  };
  const owner = await tokenOf(DEMO.staffA);
  const response = await owner.get(`/api/v1/offerings/${f.offering.id}/roster?format=xlsx&columns=name,answers&lang=en`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(response.headers()["content-disposition"]).toContain(`filename*=UTF-8''Software%20quality%20study%20in%20Singapore%20${f.run}-r${f.run}-roster-`);
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as never);
  const sheet = workbook.worksheets[0]!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Name", "Employer", "Years of experience (years)", "Statement"]);
  expect(Array.from({ length: 8 }, (_, i) => (sheet.getRow(i + 2).values as unknown[])[1])).toEqual(f.names);
  expect((sheet.getRow(2).values as unknown[])[2]).toBe("=1+1"); // a text cell, never a formula
  const other = await tokenOf(DEMO.staffB);
  expect((await other.get(`/api/v1/offerings/${f.offering.id}/roster`)).status()).toBe(404);
  await Promise.all([owner.dispose(), other.dispose()]);
});
