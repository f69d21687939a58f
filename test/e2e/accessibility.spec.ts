import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInPage } from "./support/accounts";

async function firstCardHref(page: Page, query: string) {
  await page.goto(`/programmes?${query}`);
  return page.locator("section[aria-labelledby=results-heading] article h3 a").first().getAttribute("href");
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

for (const prefix of ["", "/en"]) {
  const lang = prefix ? "English" : "Chinese";
  test(`axe finds no violations on the public pages (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const detailPages: string[] = [];
    for (const kind of ["degree", "training", "overseas", "lecture"]) {
      const href = await firstCardHref(page, `kind=${kind}`);
      expect(href).toBeTruthy();
      detailPages.push(href!.replace(/^\/en/, ""));
    }
    await page.goto(`${prefix}/institutions`);
    const institution = (await page.locator("main li h3 a").first().getAttribute("href"))!.replace(/^\/en/, "");
    const paths = ["/", "/programmes", "/programmes?kind=lecture&area=security&q=x", "/institutions", institution, "/api-docs", "/no-such-page", ...detailPages];
    for (const path of paths) {
      await page.goto(`${prefix}${path}`);
      await test.step(path, () => expectNoViolations(page));
    }
  });
}

for (const prefix of ["", "/en"]) {
  const lang = prefix ? "English" : "Chinese";
  test(`axe finds no violations on the account pages (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const path of ["/sign-in", "/sign-up", "/forgot-password", "/reset-password?token=x", "/verify-email?token=x", "/privacy"]) {
      await page.goto(`${prefix}${path}`);
      await test.step(path, () => expectNoViolations(page));
    }
    // Forms with their error messages showing.
    await page.goto(`${prefix}/sign-up`);
    await page.locator("form button[type=submit]").click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await test.step("sign-up with errors", () => expectNoViolations(page));

    await signInPage(page, DEMO.bureauAdmin, undefined, prefix === "/en");
    for (const path of ["/me", "/me/enrollments", "/me/notifications", "/me/security", "/me/tokens", "/me/data", "/me/institutions", "/admin/enrollments", "/admin/institutions", "/admin/users", "/admin/audit", "/admin/outbox"]) {
      await page.goto(`${prefix}${path}`);
      await test.step(path, () => expectNoViolations(page));
    }
    // The application form with its errors showing, and the calendar feed once it has an address.
    await page.goto(`${prefix}/programmes/singapore-egovernment-study/apply/2027-spring`);
    await page.locator("form button[type=submit]").click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await test.step("application form with errors", () => expectNoViolations(page));
    await page.goto(`${prefix}/me/enrollments`);
    const create = page.getByRole("button", { name: prefix ? "Create my feed address" : "生成订阅地址" });
    if (await create.count()) await create.click();
    await expect(page.locator("#calendar-feed-url")).toBeVisible();
    await test.step("calendar feed with its address", () => expectNoViolations(page));
  });
}

for (const prefix of ["", "/en"]) {
  const lang = prefix ? "English" : "Chinese";
  test(`axe finds no violations on the offerings and questions editors (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const { e2eDb } = await import("./support/db");
    const programme = await e2eDb.programme.findUniqueOrThrow({ where: { slug: "singapore-egovernment-study" }, select: { id: true, institution: { select: { slug: true } }, offerings: { take: 1, select: { id: true } } } });
    const studio = `${prefix}/studio/${programme.institution.slug}`;
    await signInPage(page, DEMO.bureauAdmin, undefined, prefix === "/en");
    await page.goto(`${studio}/programmes/${programme.id}/offerings`);
    await test.step("a programme's offerings", () => expectNoViolations(page));
    // The new offering's form with its errors showing.
    await page.locator("section[aria-labelledby=new-offering] form button[type=submit]").click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await test.step("new offering with errors", () => expectNoViolations(page));
    await page.goto(`${studio}/offerings/${programme.offerings[0]!.id}`);
    await test.step("one offering", () => expectNoViolations(page));
    await page.goto(`${studio}/programmes/${programme.id}/questions`);
    await test.step("questions editor", () => expectNoViolations(page));
    await page.getByRole("button", { name: prefix ? "Preview" : "预览" }).click();
    await expect(page.locator("section[aria-labelledby=question-preview]")).toBeVisible();
    await test.step("questions editor with its preview", () => expectNoViolations(page));
  });
}
