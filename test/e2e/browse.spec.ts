import { expect, test } from "@playwright/test";
import { CataloguePage } from "./pages/catalogue-page";

const KINDS = [
  { code: "degree", zh: "学历教育" },
  { code: "training", zh: "职业培训" },
  { code: "overseas", zh: "出国进修" },
  { code: "lecture", zh: "专家讲座" },
] as const;

test("the home page leads to each kind of programme and shows what is on soon", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("在重庆，成为更好的软件人才");
  const lectures = page.locator("section[aria-labelledby=lectures-heading] li");
  await expect(lectures.first()).toBeVisible();
  await expect(page.locator("section[aria-labelledby=closing-heading] li").first()).toBeVisible();
  await page.getByRole("link", { name: "职业培训", exact: true }).click();
  await expect(page).toHaveURL(/\/programmes\?kind=training$/);
  await expect(page.getByRole("checkbox", { name: "职业培训", exact: true })).toBeChecked();
});

for (const kind of KINDS) {
  test(`browsing ${kind.code} programmes shows only that kind`, async ({ page }) => {
    const catalogue = new CataloguePage(page);
    await catalogue.goto(`kind=${kind.code}`);
    const count = await catalogue.cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(catalogue.cards.nth(i).locator("span").first()).toHaveText(kind.zh);
    }
  });
}

test("filters combine, show as removable chips, and live in the URL", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  const totalText = await page.locator("#results-heading").innerText();
  await catalogue.openFilters();
  await catalogue.checkbox("职业培训").check();
  await catalogue.checkbox("专家讲座").check();
  await catalogue.checkbox("嵌入式软件").check();
  await page.getByRole("button", { name: "应用筛选" }).click();
  await expect(page).toHaveURL(/kind=training&kind=lecture&area=embedded/);
  await expect(page.locator("#results-heading")).not.toHaveText(totalText);
  const count = await catalogue.cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const badges = await catalogue.cards.nth(i).locator("span.rounded-full").allInnerTexts();
    expect(["职业培训", "专家讲座"]).toContain(badges[0]);
    expect(badges).toContain("嵌入式软件");
  }
  await page.getByRole("link", { name: "移除筛选：嵌入式软件" }).click();
  await expect(page).toHaveURL(/\/programmes\?kind=training&kind=lecture$/);
  await expect(catalogue.checkbox("嵌入式软件")).not.toBeChecked();
});

test("a text search finds programmes by a Chinese word and an English one", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  await page.getByRole("searchbox", { name: "搜索项目" }).fill("嵌入式");
  await page.getByRole("button", { name: "搜索", exact: true }).click();
  await expect(page).toHaveURL(/q=%E5%B5%8C%E5%85%A5%E5%BC%8F/);
  await expect(page.locator("#results-heading")).toContainText("“嵌入式”的搜索结果");
  expect(await catalogue.cards.count()).toBeGreaterThan(0);

  // Title matches come first.
  await catalogue.goto("q=LINUX");
  const titles = await catalogue.cardTitles();
  expect(titles.length).toBeGreaterThan(1);
  expect(titles[0].toLowerCase()).toContain("linux");

  await catalogue.goto("q=zzzz-nothing-matches");
  await expect(page.getByText("没有找到符合条件的项目")).toBeVisible();
  await expect(page.getByText("试试减少筛选条件，或换一个关键词。")).toBeVisible();
});

test("pagination moves through the catalogue and keeps the filters", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto("area=linux&area=security&area=embedded&area=telecom&area=quality&area=general");
  const firstPage = await catalogue.cardTitles();
  expect(firstPage).toHaveLength(12);
  const pagination = page.getByRole("navigation", { name: "分页" });
  await pagination.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pagination.locator("[aria-current=page]")).toHaveText("2");
  expect(catalogue.params().getAll("area")).toHaveLength(6);
  const secondPage = await catalogue.cardTitles();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  await expect(pagination.locator("[aria-current=page]")).toHaveText("2");
  await pagination.getByRole("link", { name: "上一页" }).click();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(catalogue.cards.locator("h3 a")).toHaveText(firstPage);
  await page.goBack();
  await expect(page).toHaveURL(/page=2/);
});

test("a programme page shows its offerings, windows, places and institution", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto("kind=training");
  const title = (await catalogue.cardTitles())[0];
  await catalogue.cards.first().locator("h3 a").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const offerings = page.locator("section[aria-labelledby=offerings-heading]");
  await expect(offerings.getByRole("heading", { name: "开课安排" })).toBeVisible();
  await expect(page.locator("aside").getByText("项目概况")).toBeVisible();
  await expect(page.locator("aside dt", { hasText: "录取方式" })).toBeVisible();
  // Each current offering says where its window stands and how many places are left.
  const first = offerings.locator("li").first();
  await expect(first.locator("span.rounded-full")).toHaveText(/报名中|天后截止|1 天内截止|开放报名|名额已满|报名已截止|已取消/);
  await expect(first).toContainText(/剩余 \d+ \/ \d+ 个名额|不限名额/);
  await expect(first).toContainText(/第 1 次/);

  const institution = page.locator("header a[href^='/institutions/']");
  const name = await institution.innerText();
  await institution.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("section[aria-labelledby=programmes-heading]").getByRole("link", { name: title })).toBeVisible();
});

test("a lecture page names its experts, and a full offering says so", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto("kind=lecture");
  await catalogue.cards.first().locator("h3 a").click();
  const experts = page.locator("section[aria-labelledby=experts-heading]");
  await expect(experts.getByRole("heading", { name: "主讲专家" })).toBeVisible();
  expect(await experts.locator("li").count()).toBeGreaterThan(0);

  // Some demo offerings are full: the catalogue shows the badge and the page shows no places left.
  await catalogue.goto();
  let found = false;
  for (let p = 1; p <= 8 && !found; p++) {
    await catalogue.goto(p > 1 ? `page=${p}` : "");
    const full = catalogue.cards.filter({ hasText: "名额已满" });
    if (await full.count()) {
      await full.first().locator("h3 a").click();
      await expect(page.locator("section[aria-labelledby=offerings-heading]")).toContainText(/剩余 0 \/ \d+ 个名额/);
      found = true;
    }
  }
  expect(found).toBe(true);
});

test("institutions list and page", async ({ page }) => {
  await page.goto("/institutions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("培养机构");
  const cards = page.locator("main li");
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  await expect(page.getByText("国家级软件学院").first()).toBeVisible();
  await expect(page.getByText("境外合作院校").first()).toBeVisible();
  await cards.filter({ hasText: "国家级软件学院" }).first().locator("h3 a").click();
  await expect(page).toHaveURL(/\/institutions\/[a-z0-9-]+$/);
  expect(await page.locator("section[aria-labelledby=programmes-heading] article").count()).toBeGreaterThan(0);
});

test("after the back button the form shows the URL's filters, and the next search uses them", async ({ page }) => {
  const catalogue = new CataloguePage(page, "/en");
  await catalogue.goto();
  await catalogue.checkbox("Degree").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=degree/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/programmes$/);
  await expect(catalogue.checkbox("Degree")).not.toBeChecked();
  await page.getByRole("searchbox", { name: "Search programmes" }).fill("linux");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/programmes\?q=linux$/);
});

test("a page past the end goes to the last page", async ({ page }) => {
  await page.goto("/programmes?kind=degree&page=99");
  await expect(page).toHaveURL(/\/programmes\?kind=degree$/);
  expect(await new CataloguePage(page).cards.count()).toBeGreaterThan(0);
  await page.goto("/programmes?page=99");
  await expect(page).toHaveURL(/\/programmes\?page=\d$/);
  await expect(page.getByRole("navigation", { name: "分页" }).getByText("下一页")).toHaveAttribute("aria-disabled", "true");
});
