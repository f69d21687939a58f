// Issue 12's whole journey, as the people who live it: someone registers an institution and the
// bureau verifies it; the owner invites an editor and a reviewer; the editor writes a programme in
// both languages with an offering, a weekly series of sessions and application questions, and
// publishes it; a learner finds it by a two-character Chinese search and applies; the reviewer
// approves in bulk; the roster CSV reads back intact; at the door the learner's QR code is scanned
// with a phone's camera.
import { readFileSync, writeFileSync } from "node:fs";
import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { hashPassword } from "../../lib/auth/password";
import { e2eDb } from "./support/db";
import { DEMO, DEMO_PASSWORD, linkIn, signInPage, signInRequest, waitForMail } from "./support/accounts";
import { creditCode } from "./support/credit-code";
import { cameraBrowser, qrFrame, y4m } from "./support/camera";

const PASSWORD = "institution journey phrase";
const HOUR = 3_600_000;
const ZONE = "Asia/Shanghai";

/** An instant as the offering's form takes it: date and time in Chongqing. */
function local(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
const dateTime = (at: Date) => `${local(at).date}T${local(at).time}`;

async function person(label: string, name: string, run: string) {
  const now = new Date();
  const email = `journey-${label}-${run}@example.com`;
  await e2eDb.user.create({ data: { email, name, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: now, consentAt: now, consentVersion: "2026-11", locale: "zh-CN" } });
  return email;
}

async function signedIn(browser: Browser, email: string, password = PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInPage(page, email, password);
  return page;
}

test("register, verify, invite, publish a programme with offering, sessions and questions; apply, approve in bulk, export, check in by QR", async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(360_000);
  const run = Date.now().toString(36);
  const started = Date.now();
  const [ownerEmail, editorEmail, reviewerEmail, learnerEmail, otherEmail] = await Promise.all([
    person("owner", "韩雪", run), person("editor", "邓超", run), person("reviewer", "冯洁", run), person("learner", "曹阳", run), person("other", "彭丽", run),
  ]);
  const nameZh = `翡翠软件实训学校${run}`;
  const nameEn = `Jade Software Training School ${run}`;

  // 1. The owner registers the institution.
  const owner = await signedIn(browser, ownerEmail);
  await owner.goto("/me/institutions");
  const form = owner.locator("form");
  await form.getByLabel("机构类型").selectOption("training-centre");
  await form.getByLabel("中文名称").fill(nameZh);
  await form.getByLabel("英文名称").fill(nameEn);
  await form.getByLabel("统一社会信用代码").fill(creditCode());
  await form.getByLabel("所在区县").selectOption("yubei");
  await form.getByLabel("地址").fill("渝北区金开大道 88 号");
  await form.getByLabel("联系人").fill("韩雪");
  await form.getByLabel("联系邮箱").fill(ownerEmail);
  await form.getByLabel("中文简介").fill("面向在职工程师的嵌入式与软件测试实训。");
  await form.getByLabel("英文简介").fill("Hands-on embedded and software testing training for working engineers.");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(owner.getByText("申请已提交，请等待市软件人才办公室认证。")).toBeVisible();
  const institution = await e2eDb.institution.findFirstOrThrow({ where: { nameZh }, select: { id: true, slug: true } });
  const studio = `/studio/${institution.slug}`;

  // 2. The bureau verifies it.
  const bureau = await signedIn(browser, DEMO.bureauReviewer, DEMO_PASSWORD);
  await bureau.goto("/en/admin/institutions");
  bureau.once("dialog", (d) => void d.accept());
  await bureau.locator("li").filter({ hasText: nameEn }).getByRole("button", { name: `Verify: ${nameEn}` }).click();
  await expect(bureau.locator("li").filter({ hasText: nameEn })).toHaveCount(0);
  await waitForMail(ownerEmail, /机构登记申请/, started, /已认证/);

  // 3. The owner invites an editor and a reviewer; each accepts from the emailed link.
  await owner.goto(`${studio}/staff`);
  const invite = owner.locator("section").filter({ has: owner.getByRole("heading", { name: "邀请成员" }) });
  for (const [email, role] of [[editorEmail, /^编辑/], [reviewerEmail, /^审核/]] as const) {
    await invite.getByLabel("电子邮箱").fill(email);
    await invite.getByRole("radio", { name: role }).check();
    await invite.getByRole("button", { name: "发送邀请" }).click();
    await expect(invite.getByRole("status")).toHaveText(`邀请已发送至 ${email}。`);
  }
  const accept = async (email: string) => {
    const link = linkIn(await waitForMail(email, new RegExp(`邀请您加入“${nameZh}”`), started), "/invitations/");
    const page = await signedIn(browser, email);
    await page.goto(link);
    await page.getByRole("button", { name: "接受邀请" }).click();
    await page.waitForURL(new RegExp(`${studio}$`));
    return page;
  };
  const editor = await accept(editorEmail);
  const reviewer = await accept(reviewerEmail);

  // 4. The editor writes a reviewed training programme in both languages...
  await editor.getByRole("link", { name: "新建项目" }).click();
  await editor.getByRole("radio", { name: "职业培训" }).check();
  await editor.getByLabel("领域").selectOption("embedded");
  const titleZh = `翡翠嵌入式实训${run}`;
  await editor.getByLabel("中文标题").fill(titleZh);
  await editor.getByRole("button", { name: "创建草稿" }).click();
  await editor.waitForURL(new RegExp(`${studio}/programmes/(?!new$)[a-z0-9]+$`));
  const editorUrl = editor.url();
  await editor.getByLabel("英文标题").fill(`Jade embedded lab ${run}`);
  await editor.getByLabel("中文简介").fill("嵌入式 Linux 驱动开发实训，面向在职工程师。");
  await editor.getByLabel("英文简介").fill("Embedded Linux driver development for working engineers.");
  await editor.getByRole("textbox", { name: "中文详细介绍" }).fill("## 内容\n- 设备驱动\n- 实时系统");
  await editor.getByRole("textbox", { name: "英文详细介绍" }).fill("## Content\n- Device drivers\n- Real-time systems");
  await editor.getByLabel("结业证书（中文）").fill("嵌入式开发结业证书");
  await editor.getByLabel("结业证书（英文）").fill("Certificate in embedded development");
  await editor.getByLabel("学时").fill("24");
  await editor.getByLabel("录取方式").selectOption("reviewed");
  await editor.getByRole("textbox", { name: "网址" }).fill(`jade-embedded-${run}`);
  await expect(editor.getByText("发布所需的内容已全部填写。")).toBeVisible();
  await editor.getByRole("button", { name: "发布", exact: true }).click();
  await expect(editor.getByText("已发布：项目现已公开。")).toBeVisible();

  // ...with an offering whose enrolment closes in two hours and whose weekly sessions begin an hour later...
  await editor.getByRole("link", { name: "开课与日程" }).click();
  const now = Date.now();
  const firstSession = new Date(Math.ceil((now + 3 * HOUR) / (30 * 60_000)) * 30 * 60_000);
  const offeringForm = editor.locator("section[aria-labelledby=new-offering] form");
  await offeringForm.getByLabel("开班代码").fill(`j-${run}`);
  await offeringForm.getByLabel("开始", { exact: true }).fill(dateTime(firstSession));
  await offeringForm.getByLabel("结束", { exact: true }).fill(dateTime(new Date(firstSession.getTime() + 8 * 24 * HOUR)));
  await offeringForm.getByLabel("报名开始").fill(dateTime(new Date(now - 24 * HOUR)));
  await offeringForm.getByLabel("报名截止").fill(dateTime(new Date(now + 2 * HOUR)));
  await offeringForm.getByLabel("名额").fill("10");
  await offeringForm.getByLabel("中文地点").fill("两江新区软件园 B 栋 201");
  await offeringForm.getByLabel("英文地点").fill("Room 201, Building B, Liangjiang Software Park");
  await offeringForm.getByRole("button", { name: "创建开班" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: `开班 j-${run}` })).toBeVisible();
  const series = editor.locator("details").filter({ has: editor.getByText("每周重复", { exact: true }) });
  await series.getByLabel("第一次课日期").fill(local(firstSession).date);
  await series.getByLabel("开始时间").fill(local(firstSession).time);
  await series.getByLabel("每次时长（分钟）").fill("120");
  await series.getByLabel("周数").fill("2");
  await series.getByRole("button", { name: "添加这组课" }).click();
  await expect(series.getByText("已添加 2 次课。")).toBeVisible();
  const offering = await e2eDb.offering.findFirstOrThrow({ where: { code: `j-${run}` }, select: { id: true, sessions: { orderBy: { position: "asc" }, select: { id: true } } } });
  expect(offering.sessions).toHaveLength(2);

  // ...and application questions, published as version 1.
  await editor.goto(`${editorUrl}/questions`);
  await editor.getByLabel("步骤中文标题").fill("基本情况");
  await editor.getByLabel("步骤英文标题").fill("Background");
  const question = editor.locator("li").filter({ has: editor.getByRole("heading", { name: "问题 1", exact: true }) });
  await question.getByLabel("中文问题").fill("工作单位");
  await question.getByLabel("英文问题").fill("Employer");
  await question.getByLabel("英文问题").blur();
  await expect(question.getByLabel("问题代码")).toHaveValue("employer");
  await editor.getByRole("button", { name: "发布为第 1 版" }).click();
  await expect(editor.getByText("已发布第 1 版。")).toBeVisible();

  // 5. A learner finds it by a two-character Chinese search and applies, answering the question.
  const learner = await signedIn(browser, learnerEmail);
  await learner.goto("/programmes");
  await learner.getByRole("searchbox", { name: "搜索项目" }).fill("翡翠");
  await learner.getByRole("button", { name: "搜索", exact: true }).click();
  await learner.getByRole("link", { name: titleZh }).click();
  await expect(learner.getByRole("heading", { name: titleZh, level: 1 })).toBeVisible();
  await learner.getByRole("link", { name: "提交申请" }).first().click();
  await learner.getByLabel("工作单位").fill("重庆翡翠软件有限公司");
  await learner.getByRole("button", { name: "下一步" }).click();
  await learner.getByRole("button", { name: "提交申请" }).click();
  await expect(learner.getByRole("status")).toContainText("申请已提交");
  // A second applicant, through the API, whose answer would be a formula in a spreadsheet.
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  await signInRequest(api, otherEmail, PASSWORD);
  const applied = await api.post(`/api/v1/offerings/${offering.id}/enrollments`, { data: { answers: { employer: "=HYPERLINK(\"http://x\")" } } });
  expect(applied.status(), await applied.text()).toBe(201);
  await api.dispose();

  // 6. The reviewer approves both at once.
  const applicants = `${studio}/offerings/${offering.id}/applicants`;
  await reviewer.goto(applicants);
  await expect(reviewer.getByText("待审核 2 人")).toBeVisible();
  const bulk = reviewer.getByRole("region", { name: "批量处理所选申请人" });
  await bulk.getByLabel("全选本页").check();
  reviewer.once("dialog", (dialog) => void dialog.accept());
  await bulk.getByRole("button", { name: "对所选 2 人执行" }).click();
  await expect(bulk.getByRole("status")).toHaveText("2 人通过并确认名额");

  // 7. The roster as CSV, read back with a parser: byte-order mark, Chinese intact, the formula escaped.
  const exporter = reviewer.getByRole("region", { name: "下载名单" });
  const [download] = await Promise.all([reviewer.waitForEvent("download"), exporter.getByRole("button", { name: "下载" }).click()]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(bytes, { bom: true }) as string[][];
  const column = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
  expect(column("姓名").sort()).toEqual(["彭丽", "曹阳"].sort());
  expect(column("状态")).toEqual(["已确认", "已确认"]);
  expect(column("工作单位").sort()).toEqual(["'=HYPERLINK(\"http://x\")", "重庆翡翠软件有限公司"].sort());

  // 8. At the door: the learner shows the QR code; the editor's phone camera reads it.
  await learner.goto("/me/enrollments");
  const place = learner.locator("li").filter({ hasText: titleZh });
  await expect(place.getByText("已确认", { exact: true }).first()).toBeVisible();
  await place.getByText("显示我的签到码").click();
  await expect(place.getByRole("img", { name: `${titleZh}的签到二维码` })).toBeVisible();
  const video = testInfo.outputPath("journey-qr.y4m");
  writeFileSync(video, y4m(await qrFrame(learner)));
  const camera = await cameraBrowser(video);
  try {
    const door = await (await camera.newContext({ baseURL, viewport: { width: 390, height: 844 }, permissions: ["camera"] })).newPage();
    await signInPage(door, editorEmail, PASSWORD);
    await door.goto(`${studio}/offerings/${offering.id}/check-in/${offering.sessions[0]!.id}`);
    await expect(door.getByTestId("present-count")).toHaveText("已签到 0 / 2 人");
    await door.getByRole("button", { name: "打开摄像头扫码" }).click();
    await expect(door.locator("[data-tone]")).toHaveText(/曹阳 已签到（\d{2}:\d{2}）。/, { timeout: 30_000 });
    await expect(door.getByTestId("present-count")).toHaveText("已签到 1 / 2 人");
  } finally {
    await camera.close();
  }
});
