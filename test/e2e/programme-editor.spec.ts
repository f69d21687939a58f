// Issue 12, the programme editor: an owner creates a training programme in both languages, sees
// the completeness meters follow the typing and publishing refused with the missing fields named,
// finds the autosaved draft after a reload, previews it, publishes it; an anonymous visitor finds it
// by a two-character Chinese search, and sees a published change on the next request although the
// page had been cached; unpublished, it is gone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInPage } from "./support/accounts";

const STUDIO = "/studio/cq-national-software-college";
/** A programme's editor (not the new-programme page, whose address also ends in a word). */
const EDITOR = /\/studio\/cq-national-software-college\/programmes\/(?!new$)[a-z0-9]+$/;

/** The editor's autosave status says the draft was saved (it waits for typing to stop, then saves). */
async function expectAutosaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /草稿已于 \d{2}:\d{2} 保存/ })).toBeVisible({ timeout: 15_000 });
}

test("create a training programme in both languages, publish it, find it, change it, unpublish it", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const titleZh = `琥珀嵌入式开发实训${run}`;
  const slug = `amber-embedded-${run}`;
  const page = await (await browser.newContext()).newPage();
  await signInPage(page, DEMO.staffA);

  // New programme: kind, area and the Chinese title are enough to start.
  await page.goto(STUDIO);
  await page.getByRole("link", { name: "新建项目" }).click();
  await expect(page.getByRole("heading", { name: "新建项目", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page.getByText("请填写项目的中文或英文标题")).toBeVisible();
  await page.getByRole("radio", { name: "职业培训" }).check();
  await page.getByLabel("领域").selectOption("embedded");
  await page.getByLabel("中文标题").fill(titleZh);
  await page.getByRole("button", { name: "创建草稿" }).click();
  await page.waitForURL(EDITOR);
  const editorUrl = page.url();

  // The meters: Chinese has its title only (1 of 4), English nothing; they follow the typing.
  const zhMeter = page.getByRole("meter", { name: "中文" }).first();
  const enMeter = page.getByRole("meter", { name: "英文" }).first();
  await expect(zhMeter).toHaveAttribute("value", "25");
  await expect(enMeter).toHaveAttribute("value", "0");
  await page.getByLabel("中文简介").fill("面向在职工程师的鸿蒙与嵌入式 Linux 驱动开发实训。");
  await expect(zhMeter).toHaveAttribute("value", "50");
  await page.getByLabel("英文标题").fill(`Amber embedded development ${run}`);
  await expect(enMeter).toHaveAttribute("value", "25");

  // Publishing now is refused, naming what is missing on each field and in a summary.
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("暂不能发布：还有 6 项需要填写（已在下方标出）。")).toBeVisible();
  await expect(page.getByText("发布前需要填写")).toHaveCount(6);
  await expect(page.getByLabel("英文简介")).toHaveAttribute("aria-invalid", "true");

  // Both languages' texts, the certificate and the hours; the Markdown preview uses the public renderer.
  await page.getByRole("textbox", { name: "中文详细介绍" }).fill("## 课程内容\n- 设备驱动\n- 实时系统");
  await page.getByRole("group", { name: "中文详细介绍：编辑或预览" }).getByRole("button", { name: "预览" }).click();
  await expect(page.getByRole("heading", { name: "课程内容", level: 3 })).toBeVisible();
  await page.getByRole("group", { name: "中文详细介绍：编辑或预览" }).getByRole("button", { name: "编辑" }).click();
  await page.getByLabel("结业证书（中文）").fill("嵌入式开发结业证书");
  await page.getByLabel("英文简介").fill("Hands-on training in embedded Linux drivers for working engineers.");
  await page.getByRole("textbox", { name: "英文详细介绍" }).fill("## Content\n- Device drivers\n- Real-time systems");
  await page.getByLabel("结业证书（英文）").fill("Certificate in embedded development");
  await page.getByLabel("学时").fill("48");
  await page.getByLabel("费用（元）").fill("1200");
  await page.getByRole("textbox", { name: "网址" }).fill(slug);
  await expect(zhMeter).toHaveAttribute("value", "100");
  await expect(enMeter).toHaveAttribute("value", "100");
  await expect(page.getByText("发布所需的内容已全部填写。")).toBeVisible();

  // Kept as one types: after a reload the working copy is there.
  await expectAutosaved(page);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "英文详细介绍" })).toHaveValue("## Content\n- Device drivers\n- Real-time systems");
  await expect(page.getByLabel("学时")).toHaveValue("48");
  await expectAutosaved(page);

  // The preview shows the working copy as the public page would, marked as a preview.
  // The preview opens in a tab of its own, so the editor stays as it is.
  const [preview] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "预览" }).click()]);
  await expect(preview.getByRole("note", { name: "预览" })).toContainText("预览（未公开）");
  await expect(preview.getByRole("heading", { name: titleZh, level: 1 })).toBeVisible();
  await expect(preview.getByText("48 学时").filter({ visible: true })).toBeVisible();
  await preview.close();
  expect(page.url()).toBe(editorUrl);

  // Nothing is public yet.
  expect((await request.get(`/programmes/${slug}`)).status()).toBe(404);

  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布：项目现已公开。")).toBeVisible();
  await expect(page.getByRole("button", { name: "发布修改" })).toBeVisible();

  // An anonymous visitor finds it by a two-character Chinese search.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/programmes");
  await visitor.getByRole("searchbox", { name: "搜索项目" }).fill("琥珀");
  await visitor.getByRole("button", { name: "搜索", exact: true }).click();
  await visitor.getByRole("link", { name: titleZh }).click();
  await expect(visitor.getByRole("heading", { name: titleZh, level: 1 })).toBeVisible();
  await expect(visitor.getByText("嵌入式开发结业证书").filter({ visible: true })).toBeVisible();

  // The public page and the search are now in the shared cache (asked again until they are: other
  // tests running at the same time may publish something in between)...
  const search = `/programmes?q=${encodeURIComponent("琥珀")}`;
  for (const path of [`/programmes/${slug}`, search]) {
    await expect.poll(async () => (await request.get(path)).headers()["x-cache"], { message: path }).toBe("HIT");
  }
  // ...and a published change shows on the next request all the same.
  await page.getByLabel("中文标题").fill(`${titleZh}（第二期）`);
  await page.getByRole("button", { name: "发布修改" }).click();
  await expect(page.getByText("修改已发布：公众现在就能看到。")).toBeVisible();
  for (const path of [`/programmes/${slug}`, search]) {
    const fresh = await request.get(path);
    expect(fresh.headers()["x-cache"], path).toBe("MISS");
    expect(await fresh.text(), path).toContain(`${titleZh}（第二期）`);
  }

  // Unpublished: gone from the public page and the search at once.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "取消发布" }).click();
  await expect(page.getByText("已取消发布：项目不再公开。")).toBeVisible();
  expect((await request.get(`/programmes/${slug}`)).status()).toBe(404);
  await visitor.goto(search);
  await expect(visitor.locator("section[aria-labelledby=results-heading]")).toBeVisible();
  await expect(visitor.getByRole("link", { name: `${titleZh}（第二期）` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "发布", exact: true })).toBeVisible();
});

test("two editors at once: the second, stale save is refused with a clear message, not overwriting the first", async ({ browser }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const owner = await (await browser.newContext()).newPage();
  await signInPage(owner, DEMO.staffA);
  await owner.goto(`${STUDIO}/programmes/new`);
  await owner.getByLabel("英文标题").fill(`Two editors ${run}`);
  await owner.getByRole("button", { name: "创建草稿" }).click();
  await owner.waitForURL(EDITOR);
  // The same person in a second window (a colleague would be the same): both open version one.
  const other = await (await browser.newContext()).newPage();
  await signInPage(other, DEMO.staffA);
  await other.goto(owner.url());
  await expect(other.getByRole("heading", { name: `Two editors ${run}`, level: 1 })).toBeVisible();
  await owner.getByLabel("中文标题").fill(`第一位编辑${run}`);
  await owner.getByRole("button", { name: "保存", exact: true }).click();
  await expect(owner.getByText("已保存。")).toBeVisible();
  await other.getByLabel("中文标题").fill(`第二位编辑${run}`);
  await other.getByRole("button", { name: "保存", exact: true }).click();
  await expect(other.getByText(/其他人修改了该项目，因此这次操作没有保存/).first()).toBeVisible();
  await expect(other.getByRole("button", { name: "重新加载" })).toBeVisible();
  await owner.reload();
  await expect(owner.getByLabel("中文标题")).toHaveValue(`第一位编辑${run}`);
});

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const prefix of ["", "/en"]) {
  const english = prefix === "/en";
  test(`axe finds no violations on the new-programme page, the editor and the preview (${english ? "English" : "Chinese"})`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInPage(page, DEMO.staffA, undefined, english);
    await page.goto(`${prefix}${STUDIO}/programmes/new`);
    await test.step("new programme", () => expectNoViolations(page));
    await page.getByRole("button", { name: english ? "Create the draft" : "创建草稿" }).click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await test.step("new programme with errors", () => expectNoViolations(page));
    // A lecture, whose editor has the experts list and the form to add one.
    await page.getByRole("radio", { name: english ? "Lecture" : "专家讲座" }).check();
    await page.getByLabel(english ? "English title" : "英文标题").fill(`Axe lecture ${Date.now().toString(36)}`);
    await page.getByRole("button", { name: english ? "Create the draft" : "创建草稿" }).click();
    await page.waitForURL(EDITOR);
    await expect(page).toHaveTitle(english ? /Edit programme/ : /编辑项目/);
    await test.step("editor", () => expectNoViolations(page));
    await page.getByRole("button", { name: english ? "Publish" : "发布", exact: true }).click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await page.getByRole("button", { name: english ? "Add a new expert" : "新增专家" }).click();
    await test.step("editor with errors and the new expert's form", () => expectNoViolations(page));
    const [preview] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: english ? "Preview" : "预览", exact: true }).click()]);
    await expect(preview.getByRole("note")).toBeVisible();
    await test.step("preview", () => expectNoViolations(preview));
  });
}
