import { expect, test } from "@playwright/test";
import { CataloguePage } from "./pages/catalogue-page";

test("switching language keeps the page and its query, both ways", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto("q=Linux&kind=training&area=linux&page=1");
  await page.getByRole("link", { name: /切换语言.*English/ }).click();
  await expect(page).toHaveURL(/\/en\/programmes\?q=Linux&kind=training&area=linux&page=1$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a programme");
  await expect(page.getByRole("checkbox", { name: "Training", exact: true })).toBeChecked();
  await expect(page.getByRole("searchbox", { name: "Search programmes" })).toHaveValue("Linux");
  await page.getByRole("link", { name: /Switch language.*中文/ }).click();
  await expect(page).toHaveURL(/localhost:\d+\/programmes\?q=Linux&kind=training&area=linux&page=1$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("a programme page reads in English, with dates and money per locale", async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto("kind=degree");
  await catalogue.cards.first().locator("h3 a").click();
  const zhTitle = await page.locator("h1").innerText();
  const zhFee = await page.locator("aside dd").last().innerText();
  expect(zhFee).toMatch(/¥[\d,]+ \/ 年/);
  const slugPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: /切换语言.*English/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en${slugPath}$`));
  const enTitle = await page.locator("h1").innerText();
  expect(enTitle).not.toBe(zhTitle);
  expect(enTitle).toMatch(/[A-Za-z]/);
  await expect(page.locator("aside dd").last()).toHaveText(/CN¥[\d,]+ a year/);
  await expect(page.getByRole("heading", { name: "Dates and enrolment" })).toBeVisible();
  // English month names on the offering cards.
  await expect(page.locator("section[aria-labelledby=offerings-heading]")).toContainText(/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/);
  await expect(page.getByText("All times are in China Standard Time")).toBeVisible();
});

test("the English home page and navigation are in English", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grow as a software professional in Chongqing");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("link", { name: "Institutions" }).click();
  await expect(page).toHaveURL(/\/en\/institutions$/);
  await expect(nav.getByRole("link", { name: "Institutions" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("National software college").first()).toBeVisible();
});
