import { expect, test } from "@playwright/test";
import { DEMO, signInPage } from "./support/accounts";

// Phones first: a WeChat-sized phone and a desktop. Each page must fit the width (no sideways
// scrolling); the screenshots are kept in test/.artifacts/screenshots for people to look at.
const viewports = [
  { name: "phone", width: 390, height: 844, userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47" },
  { name: "desktop", width: 1366, height: 900 },
];

for (const vp of viewports) {
  test.describe(vp.name, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, ...(vp.userAgent ? { userAgent: vp.userAgent, isMobile: true, hasTouch: true } : {}) });

    test(`pages fit a ${vp.name} screen`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto("/programmes?kind=lecture");
      const lecture = await page.locator("article h3 a").first().getAttribute("href");
      await page.goto("/programmes?kind=overseas");
      const overseas = await page.locator("article h3 a").first().getAttribute("href");
      const pages = [
        ["home", "/"], ["home-en", "/en"], ["catalogue", "/programmes"], ["catalogue-en", "/en/programmes?kind=training"],
        ["lecture", lecture!], ["overseas-en", `/en${overseas}`], ["institutions", "/institutions"], ["not-found-en", "/en/missing"],
      ];
      for (const [name, path] of pages) {
        await page.goto(path);
        // Compared with the device width, not innerWidth: a phone browser widens its layout
        // viewport to fit content that overflows.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} scrolls sideways`).toBeLessThanOrEqual(vp.width);
        expect((await page.locator("body > header").boundingBox())!.height, `${path}: the header is one row`).toBeLessThan(72);
        await page.screenshot({ path: `test/.artifacts/screenshots/${vp.name}-${name}.png`, fullPage: true });
      }
    });

    test(`account and administration pages fit a ${vp.name} screen`, async ({ page }) => {
      test.setTimeout(90_000);
      for (const [name, path] of [["sign-up", "/sign-up"], ["sign-in-en", "/en/sign-in"]]) {
        await page.goto(path);
        expect((await page.locator("body > header").boundingBox())!.height, `${path}: the header is one row`).toBeLessThan(72);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(vp.width);
        await page.screenshot({ path: `test/.artifacts/screenshots/${vp.name}-${name}.png`, fullPage: true });
      }
      await signInPage(page, DEMO.bureauAdmin);
      for (const [name, path] of [["me", "/me"], ["tokens-en", "/en/me/tokens"], ["data", "/me/data"], ["enrollments", "/me/enrollments"], ["admin-review-en", "/en/admin/enrollments"], ["admin-users", "/admin/users"], ["admin-audit-en", "/en/admin/audit"], ["admin-outbox", "/admin/outbox"]]) {
        await page.goto(path);
        expect((await page.locator("body > header").boundingBox())!.height, `${path}: the header is one row`).toBeLessThan(72);
        // The way into one's account is in the header at every width.
        await expect(page.getByRole("banner").getByRole("link", { name: /^(My account|我的账户)/ })).toBeVisible();
        // Wide tables scroll inside their own box; the page itself must not.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(vp.width);
        await page.screenshot({ path: `test/.artifacts/screenshots/${vp.name}-${name}.png`, fullPage: true });
      }
    });
  });
}
