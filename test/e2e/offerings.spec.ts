// Issue 12, offerings and the questions editor: the national software college's owner adds an
// offering with a weekly series of sessions, cannot lower its capacity below the seats taken,
// writes and publishes application questions after previewing them, and cancels another offering
// with a reason in both languages, which a demo learner then reads among their notifications.
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { DEMO, signInPage, signInRequest } from "./support/accounts";

const STUDIO = "/studio/cq-national-software-college";

/** A demo learner applies to an offering through the API, as a phone app would. */
async function applyAs(baseURL: string, email: string, offeringId: string) {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  await signInRequest(context, email);
  const response = await context.post(`/api/v1/offerings/${offeringId}/enrollments`, { data: {} });
  expect(response.status(), await response.text()).toBe(201);
  const body = await response.json();
  await context.dispose();
  return body as { state: string };
}

async function programmeId(slug: string) {
  return (await e2eDb.programme.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

test("an offering with a weekly series; capacity never below the seats taken; online link only for participants", async ({ page, baseURL, browser }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const code = `e2e-${run}`;
  const slug = "secure-development-lifecycle-and-code-audit";
  await signInPage(page, DEMO.staffA);
  await page.goto(`${STUDIO}/programmes/${await programmeId(slug)}/offerings`);
  await expect(page.getByRole("heading", { level: 1, name: "开班安排：安全开发生命周期与代码审计" })).toBeVisible();

  const form = page.locator("section[aria-labelledby=new-offering] form");
  await form.getByLabel("开班代码").fill(code);
  await form.getByLabel("开始", { exact: true }).fill("2030-03-04T09:00");
  await form.getByLabel("结束", { exact: true }).fill("2030-04-30T17:00");
  await form.getByLabel("报名开始").fill("2020-01-01T00:00");
  // A window closing after the start is refused on its field, in words.
  await form.getByLabel("报名截止").fill("2030-03-10T23:59");
  await form.getByRole("button", { name: "创建开班" }).click();
  await expect(form.getByText("报名截止不能晚于开班开始（第一次课）")).toBeVisible();
  await form.getByLabel("报名截止").fill("2030-03-01T23:59");
  await form.getByLabel("名额").fill("2");
  await form.getByLabel("中文地点").fill("两江新区软件园 C 栋 301");
  await form.getByLabel("英文地点").fill("Room 301, Building C, Liangjiang Software Park");
  await form.getByLabel("线上链接").fill(`https://meet.example.cn/${run}`);
  await form.getByRole("button", { name: "创建开班" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `开班 ${code}` })).toBeVisible();
  const offering = await e2eDb.offering.findFirstOrThrow({ where: { code }, select: { id: true } });

  // Eight sessions in one step: Tuesdays and Thursdays for four weeks, 19:00 Beijing time.
  const series = page.locator("details").filter({ has: page.getByText("每周重复", { exact: true }) });
  await series.getByLabel("第一次课日期").fill("2030-03-05");
  await series.getByLabel("开始时间").fill("19:00");
  await series.getByLabel("每次时长（分钟）").fill("120");
  await series.getByLabel("周数").fill("4");
  await series.getByLabel("周二").check();
  await series.getByLabel("周四").check();
  await expect(series.getByText("将添加 8 次课")).toBeVisible();
  await series.getByRole("button", { name: "添加这组课" }).click();
  await expect(series.getByText("已添加 8 次课。")).toBeVisible();
  const sessions = page.locator("section[aria-labelledby=sessions] ol > li");
  await expect(sessions).toHaveCount(8);
  await expect(sessions.first()).toContainText("第 1 次 · 2030年3月5日周二 19:00–21:00");
  await expect(sessions.last()).toContainText("第 8 次 · 2030年3月28日周四 19:00–21:00");
  // The offering now starts with its first session and ends with its last.
  await page.reload();
  await expect(page.getByLabel("开始", { exact: true })).toHaveValue("2030-03-05T19:00");
  await expect(page.getByLabel("结束", { exact: true })).toHaveValue("2030-03-28T21:00");

  // Two demo learners take both seats; lowering the capacity to one is refused, saying how many are taken.
  expect((await applyAs(baseURL!, "demo.learner01@example.com", offering.id)).state).toBe("confirmed");
  expect((await applyAs(baseURL!, "demo.learner02@example.com", offering.id)).state).toBe("confirmed");
  await page.reload();
  const capacity = page.locator("section[aria-labelledby=capacity]");
  await expect(capacity.getByText("名额 2/2")).toBeVisible();
  await capacity.getByLabel("名额").fill("1");
  await capacity.getByRole("button", { name: "修改名额" }).click();
  await expect(capacity.getByText("已有 2 个名额被占用，名额不能少于 2")).toBeVisible();
  await expect(capacity.getByLabel("名额")).toHaveAttribute("aria-invalid", "true");
  expect((await e2eDb.offering.findUniqueOrThrow({ where: { id: offering.id } })).capacity).toBe(2);

  // The online link: on the programme page for a confirmed participant, never for anyone else.
  const participant = await (await browser.newContext()).newPage();
  await signInPage(participant, "demo.learner01@example.com");
  await participant.goto(`/programmes/${slug}?v=${run}`);
  const card = participant.locator("li").filter({ hasText: "2030年3月5日" }).first();
  await expect(card.getByRole("link", { name: `线上链接: https://meet.example.cn/${run}` }).first()).toBeVisible();
  const anonymous = await (await browser.newContext()).newPage();
  // A query string of its own, so no copy the shared cache kept from an earlier visit answers.
  await anonymous.goto(`/programmes/${slug}?v=${run}`);
  await expect(anonymous.locator("main")).toContainText("2030年3月5日");
  expect(await anonymous.content()).not.toContain(`meet.example.cn/${run}`);
  const api = await (await anonymous.request.get(`/api/v1/programmes/${slug}?v=${run}`)).text();
  expect(api).not.toContain(`meet.example.cn/${run}`);
});

test("the questions editor: steps, a choice, a number asked only after an answer, a preview, publishing a version", async ({ page }) => {
  test.setTimeout(90_000);
  await signInPage(page, DEMO.staffA);
  await page.goto(`${STUDIO}/programmes/${await programmeId("software-internationalisation-and-localisation")}/questions`);
  await expect(page.getByRole("heading", { level: 1, name: /^申请问题：/ })).toBeVisible();
  await expect(page.getByText("这个项目还没有申请问题")).toBeVisible();

  await page.getByLabel("步骤中文标题").fill("基本情况");
  await page.getByLabel("步骤英文标题").fill("Background");
  const first = page.locator("li").filter({ has: page.getByRole("heading", { name: "问题 1", exact: true }) });
  await first.getByLabel("类型").selectOption("choice");
  await first.getByLabel("中文问题").fill("是否使用过 Linux？");
  await first.getByLabel("英文问题").fill("Have you used Linux?");
  await first.getByLabel("英文问题").blur();
  await expect(first.getByLabel("问题代码")).toHaveValue("have-you-used-linux");
  await first.getByLabel("中文选项 1").fill("是");
  await first.getByLabel("英文选项 1").fill("Yes");
  await first.getByLabel("中文选项 2").fill("否");
  await first.getByLabel("英文选项 2").fill("No");

  await page.getByRole("button", { name: "添加问题" }).click();
  const second = page.locator("li").filter({ has: page.getByRole("heading", { name: "问题 2", exact: true }) });
  await second.getByLabel("类型").selectOption("number");
  await second.getByLabel("中文问题").fill("使用 Linux 的年限");
  await second.getByLabel("英文问题").fill("Years using Linux");
  await second.getByLabel("最小值").fill("10");
  await second.getByLabel("最大值").fill("1");
  await second.getByLabel("只接受整数").check();
  await second.getByLabel("仅在以下回答后显示").selectOption({ label: "是否使用过 Linux？" });
  await second.getByLabel("是", { exact: true }).check();

  // A mistake is named on its field before anything is published.
  await page.getByRole("button", { name: "发布为第 1 版" }).click();
  await expect(second.getByText("最小值不能大于最大值")).toBeVisible();
  await second.getByLabel("最小值").fill("0");
  await second.getByLabel("最大值").fill("30");

  // The preview is the applicants' form: the number question appears only after "是".
  await page.getByRole("button", { name: "预览" }).click();
  const preview = page.locator("section[aria-labelledby=question-preview]");
  await expect(preview.getByRole("heading", { name: "预览：报名者看到的申请表" })).toBeFocused();
  await expect(preview.getByLabel("使用 Linux 的年限")).toHaveCount(0);
  await preview.getByLabel("是", { exact: true }).check();
  await expect(preview.getByLabel("使用 Linux 的年限")).toBeVisible();
  await preview.getByLabel("使用 Linux 的年限").fill("40");
  await preview.getByRole("button", { name: "下一步" }).click();
  await expect(preview.getByText("不能大于 30")).toBeVisible();

  await page.getByRole("button", { name: "发布为第 1 版" }).click();
  await expect(page.getByText("已发布第 1 版。")).toBeVisible();
  await expect(page.getByText(/当前为第 1 版/)).toBeVisible();
  await expect(page.getByRole("button", { name: "发布为第 2 版" })).toBeVisible();
  const stored = await e2eDb.questionSet.findFirstOrThrow({ where: { programme: { slug: "software-internationalisation-and-localisation" } }, orderBy: { version: "desc" } });
  expect(stored.version).toBe(1);
  const asked = (stored.definition as { steps: { questions: { key: string; kind: string; when?: unknown }[] }[] }).steps[0]!.questions;
  expect(asked.map((q) => [q.key, q.kind])).toEqual([["have-you-used-linux", "choice"], ["years-using-linux", "number"]]);
  expect(asked[1]!.when).toEqual({ question: "have-you-used-linux", in: ["a"] });
});

async function cancellableOffering(run: string) {
  const programme = await e2eDb.programme.findUniqueOrThrow({ where: { slug: "embedded-linux-drivers-and-porting" }, select: { id: true } });
  const day = 86_400_000;
  const starts = new Date(Date.now() + 60 * day);
  return e2eDb.offering.create({
    data: {
      programmeId: programme.id, code: `cancel-${run}`, capacity: 10, opensAt: new Date(Date.now() - day), closesAt: new Date(starts.getTime() - day),
      startsAt: starts, endsAt: new Date(starts.getTime() + 3 * 3_600_000),
      sessions: { create: [{ position: 0, startsAt: starts, endsAt: new Date(starts.getTime() + 3 * 3_600_000), venueZh: "A 栋 101", venueEn: "Room 101, Building A" }] },
    },
    select: { id: true },
  });
}

test("cancelling an offering with a reason in both languages: its applicants are told, and the public page says why", async ({ page, baseURL, browser }) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const offering = await cancellableOffering(run);
  expect((await applyAs(baseURL!, "demo.learner03@example.com", offering.id)).state).toBe("confirmed");

  // The owner, in English this time.
  await signInPage(page, DEMO.staffA, undefined, true);
  await page.goto(`/en${STUDIO}/offerings/${offering.id}`);
  const cancel = page.locator("section[aria-labelledby=cancel]");
  await expect(cancel.getByText("1 in all")).toBeVisible();
  await cancel.getByLabel("Reason in English").fill(`The lecturer is ill (${run}).`);
  await cancel.getByRole("button", { name: "Cancel this offering" }).click();
  await expect(cancel.getByText("Give the reason; every applicant will read it")).toBeVisible();
  await cancel.getByLabel("Reason in Chinese").fill(`主讲教师生病（${run}）。`);
  page.once("dialog", (dialog) => void dialog.accept());
  await cancel.getByRole("button", { name: "Cancel this offering" }).click();
  await expect(page.getByText(`This offering was cancelled on`)).toBeVisible();
  await expect(page.getByText(`Reason: The lecturer is ill (${run}).`)).toBeVisible();
  const row = await e2eDb.offering.findUniqueOrThrow({ where: { id: offering.id } });
  expect([row.status, row.seatsTaken]).toEqual(["cancelled", 0]);

  // The demo learner reads it in Chinese, among their notifications.
  const learner = await (await browser.newContext()).newPage();
  await signInPage(learner, "demo.learner03@example.com");
  await learner.goto("/me/notifications");
  await expect(learner.getByRole("link", { name: `嵌入式 Linux 驱动开发与系统移植的开班已取消：主讲教师生病（${run}）。` })).toBeVisible();

  // Anyone reading the programme's page sees the cancellation and its reason.
  const visitor = await (await browser.newContext()).newPage();
  // A query string of its own, so no copy the shared cache kept from an earlier visit answers.
  await visitor.goto(`/en/programmes/embedded-linux-drivers-and-porting?v=${run}`);
  await expect(visitor.getByText(`The lecturer is ill (${run}).`)).toBeVisible();
});
