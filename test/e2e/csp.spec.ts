import { expect, test, type Page } from "@playwright/test";
import { nonceOf } from "../../lib/http/csp";

// Scripts run only with the nonce of the response that brought the page, a fresh one on every
// load, also when the page comes from the server's shared cache; nothing else runs.

declare global {
  interface Window { cspViolations: string[]; injectedRan?: string }
}

/** Records every CSP violation the page reports, from before its first script. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

/** The nonces on the page's inline scripts (the DOM hides the attribute; the property keeps it). */
const inlineScriptNonces = (page: Page) => page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.nonce));

test("every load of a page, cached or not, gets its own nonce, scripts run only with it, and the page still works", async ({ page }) => {
  await watchViolations(page);
  // An address nobody else asks for, so the first load is rendered and the others are cache hits.
  const url = `/en/programmes?kind=training&csp=${Date.now()}`;
  const nonces: string[] = [];
  for (const expected of ["MISS", "HIT"]) {
    const response = (await page.goto(url))!;
    expect(response.headers()["x-cache"]).toBe(expected);
    const policy = response.headers()["content-security-policy"]!;
    const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const nonce = nonceOf(policy)!;
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const onScripts = await inlineScriptNonces(page);
    expect(onScripts.length).toBeGreaterThan(0);
    expect(new Set(onScripts)).toEqual(new Set([nonce]));
    nonces.push(nonce);
  }
  expect(nonces[1]).not.toBe(nonces[0]);

  // Markup injected into a cached page (as stored or reflected XSS would be): a script without a
  // nonce, and one with the nonce of the load before, which a shared cache would have replayed.
  // The page comes through Playwright's own fetch, whose Accept-Encoding differs from Chromium's:
  // the cache keeps a copy per encoding, so one request first makes sure that copy is there.
  await page.request.get(url);
  await page.route((address) => address.pathname === "/en/programmes" && address.searchParams.has("csp"), async (route) => {
    const response = await route.fetch();
    expect(response.headers()["x-cache"]).toBe("HIT");
    const html = (await response.text()).replace("</body>", `<script>window.injectedRan = "no nonce"</script><script nonce="${nonces[1]}">window.injectedRan = "replayed nonce"</script></body>`);
    const { "content-encoding": _encoding, "content-length": _length, ...headers } = response.headers();
    await route.fulfill({ response, headers, body: html });
  });
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBe(2);
  expect(await page.evaluate(() => window.injectedRan)).toBeUndefined();
  expect(await page.evaluate(() => window.cspViolations.every((v) => v.startsWith("script-src-elem inline")))).toBe(true);

  // The page's own scripts ran: changing the order applies at once (JavaScript), a client navigation.
  await page.getByLabel("Sort by").selectOption("soonest");
  await expect(page).toHaveURL(/sort=soonest/);
  await expect(page.getByLabel("Sort by")).toHaveValue("soonest");

  // Nor may a script build code from strings. (Checked after a pause: code Playwright evaluates is
  // itself exempt from the policy's eval rule while it runs.)
  const evaluated = await page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      return String(eval("1 + 1"));
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(evaluated).toBe("EvalError");
  expect(await page.evaluate(() => window.cspViolations.length)).toBe(3);
});

test("pages that are never cached (signed-in ones, forms) get a nonce per load too, and their forms work", async ({ page }) => {
  await watchViolations(page);
  const first = (await page.goto("/en/sign-in"))!;
  const second = (await page.goto("/en/sign-in"))!;
  const [a, b] = [nonceOf(first.headers()["content-security-policy"]), nonceOf(second.headers()["content-security-policy"])];
  expect(a).toBeTruthy();
  expect(b).not.toBe(a);
  // The form is checked in the browser (react-hook-form): only with JavaScript running.
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

test("answers that are not pages carry a policy that lets no inline script run", async ({ request }) => {
  for (const path of ["/api/v1/programmes?pageSize=1", "/robots.txt"]) {
    const policy = (await request.get(path)).headers()["content-security-policy"]!;
    expect(policy, path).toMatch(/script-src 'self';/);
    expect(nonceOf(policy), path).toBeNull();
  }
});
