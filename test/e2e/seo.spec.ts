import { expect, test } from "@playwright/test";

test("sitemap.xml lists the public pages in both languages, and robots.txt points to it", async ({ request, baseURL }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>${baseURL}/programmes</loc>`);
  expect(xml).toMatch(new RegExp(`<loc>${baseURL}/programmes/[a-z0-9-]+</loc>`));
  expect(xml).toContain(`hreflang="en" href="${baseURL}/en/programmes"`);
  expect((xml.match(/<url>/g) ?? []).length).toBeGreaterThan(60);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("each page has its own title, description, canonical link and Open Graph data", async ({ page, baseURL }) => {
  await page.goto("/programmes?kind=overseas");
  await page.locator("section[aria-labelledby=results-heading] article h3 a").first().click();
  await expect(page).toHaveURL(/\/programmes\/[a-z0-9-]+$/);
  const h1 = await page.locator("h1").innerText();
  const path = new URL(page.url()).pathname;
  await expect(page).toHaveTitle(`${h1} | 重庆软件人才培养平台`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{10,}/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${path}`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en${path}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", h1);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "zh_CN");
});

test("the footer shows the site's filing number from configuration", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: /渝ICP备00000000号-1/ })).toHaveAttribute("href", "https://beian.miit.gov.cn/");
});

for (const [path, title] of [["/programmes/no-such-programme", "页面不存在"], ["/en/programmes/no-such-programme", "Page not found"], ["/en/nowhere/at/all", "Page not found"], ["/institutions/nobody", "页面不存在"]] as const) {
  test(`an unknown address answers 404 in its language: ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("navigation").first()).toBeVisible();
  });
}

test("the API reference page and the OpenAPI document are reachable and agree", async ({ page, request }) => {
  await page.goto("/en");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open API" }).click();
  await expect(page).toHaveURL(/\/en\/api-docs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open API");
  const rows = await page.locator("tbody th").allInnerTexts();
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(rows).toEqual(doc.paths["/programmes"].get.parameters.map((p: { name: string }) => p.name));
  // The example link answers JSON from the running server.
  const example = await request.get("/api/v1/programmes?q=%E5%AE%89%E5%85%A8&kind=training&open=true");
  expect(example.status()).toBe(200);
  expect((await example.json()).total).toBeGreaterThan(0);
  const bad = await request.get("/api/v1/programmes?kind=nope");
  expect(bad.status()).toBe(400);
});
