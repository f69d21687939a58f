import { expect, test } from "@playwright/test";
import { CataloguePage } from "./pages/catalogue-page";

/** The count shown beside a facet option (its accessible description). */
async function facetCount(page: import("@playwright/test").Page, name: string) {
  const box = page.getByRole("checkbox", { name, exact: true });
  const id = await box.getAttribute("aria-describedby");
  return Number(await page.locator(`[id="${id}"]`).textContent());
}

test("facet counts ignore their own selection and predict the results", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto("q=安全");
  const lectures = await facetCount(page, "专家讲座");
  const training = await facetCount(page, "职业培训");
  expect(lectures).toBeGreaterThan(0);
  await catalogue.checkbox("专家讲座").check();
  await page.getByRole("button", { name: "应用筛选" }).click();
  await expect(page).toHaveURL(/\?q=%E5%AE%89%E5%85%A8&kind=lecture$/);
  // The results are what the count promised; the other kinds keep their counts.
  await expect(page.locator("#results-heading")).toContainText(`共 ${lectures} 个项目`);
  expect(await facetCount(page, "职业培训")).toBe(training);
  // Adding a second kind ORs it in.
  await catalogue.checkbox("职业培训").check();
  await page.getByRole("button", { name: "应用筛选" }).click();
  await expect(page.locator("#results-heading")).toContainText(`共 ${lectures + training} 个项目`);
});

test("sorting by soonest start orders the cards by their next start date, and the back button restores the order", async ({ page }) => {
  const catalogue = new CataloguePage(page, "/en");
  await catalogue.goto("kind=training");
  await page.getByLabel("Sort by").selectOption("soonest");
  await expect(page).toHaveURL(/\/en\/programmes\?kind=training&sort=soonest$/);
  const dates = await catalogue.cards.getByText(/^Next start: /).allInnerTexts();
  const times = dates.map((d) => Date.parse(d.replace("Next start: ", "")));
  expect(times.length).toBeGreaterThan(3);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/programmes\?kind=training$/);
  await expect(page.getByLabel("Sort by")).toHaveValue("");
});

test("open-now and free filters combine and show as chips", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto("open=true&free=true");
  const count = await catalogue.cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(catalogue.cards.nth(i)).toContainText("免费");
    await expect(catalogue.cards.nth(i).locator("span.rounded-full").last()).toHaveText(/报名中|截止|名额已满/);
  }
  await page.getByRole("link", { name: "移除筛选：免费" }).click();
  await expect(page).toHaveURL(/\/programmes\?open=true$/);
});
