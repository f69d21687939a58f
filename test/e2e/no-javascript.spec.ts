import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("the catalogue filters, searches, paginates and switches language without JavaScript", async ({ page }) => {
  await page.goto("/programmes");
  // On a wide screen the filters are open without JavaScript.
  await expect(page.locator("details:has(fieldset) > summary")).toBeHidden();
  await page.getByRole("checkbox", { name: "出国进修", exact: true }).check();
  await page.getByRole("button", { name: "应用筛选" }).click();
  // A plain form submission sends every field; empty ones are ignored.
  await expect(page).toHaveURL(/\/programmes\?q=&kind=overseas&/);
  const cards = page.locator("section[aria-labelledby=results-heading] article");
  expect(await cards.count()).toBeGreaterThan(0);
  for (const badge of await cards.locator("span.rounded-full:first-child").allInnerTexts()) expect(badge).toBe("出国进修");

  await page.getByRole("link", { name: /切换语言.*English/ }).click();
  await expect(page).toHaveURL(/\/en\/programmes\?q=&kind=overseas&/);
  await expect(page.locator("h1")).toHaveText("Find a programme");

  await page.goto("/programmes");
  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filter panel opens and closes without JavaScript", async ({ page }) => {
    await page.goto("/programmes?kind=lecture&area=security");
    const summary = page.locator("details:has(fieldset) > summary");
    await expect(summary).toHaveText(/筛选条件（已选 2 项）/);
    await expect(page.getByRole("checkbox", { name: "专家讲座", exact: true })).toBeHidden();
    await summary.click();
    await expect(page.getByRole("checkbox", { name: "专家讲座", exact: true })).toBeChecked();
  });
});
