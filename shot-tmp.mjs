import { chromium } from "playwright";
const base = "http://localhost:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const [prefix, email] of [["/en", "admin@example.com"], ["", "admin@example.com"]]) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(`${base}${prefix}/sign-in`);
  await page.fill('input[type=email]', email);
  await page.fill('input[type=password]', "demo-Portal-2026");
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.endsWith("sign-in"));
  await page.goto(`${base}${prefix}/me/tokens`);
  const parts = await page.evaluate(() => [...document.querySelectorAll("body > header > div > *")].map((e) => [e.tagName, Math.round(e.getBoundingClientRect().width)]));
  console.log(prefix || "zh", JSON.stringify(parts), Math.round((await page.locator("body > header").boundingBox()).height));
  await page.screenshot({ path: `/tmp/shots/hdr${prefix.replace("/", "-")}.png`, clip: { x: 0, y: 0, width: 390, height: 130 } });
  await ctx.close();
}
await browser.close();
