import { expect, test } from "@playwright/test";
import { SESSION_COOKIES } from "../../lib/http/cache-policy";
import { nonceOf } from "../../lib/http/csp";

// The production server answers public pages and API reads from its shared cache, with headers a
// CDN can follow; signed-in requests are never cached anywhere.
const publicPaths = ["/programmes?q=%E5%AE%89%E5%85%A8&kind=training", "/en/institutions", "/api/v1/programmes?q=linux"];

for (const path of publicPaths) {
  test(`anonymous reads of ${path} may be kept by shared caches and the second comes from the cache`, async ({ request }) => {
    // A query nobody else sends, so the first answer is rendered for this test.
    const url = `${path}&cachetest=${Date.now()}`.replace("/en/institutions&", "/en/institutions?");
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    expect(first.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=300");
    expect(first.headers()["set-cookie"]).toBeUndefined();
    expect(first.headers()["x-cache"]).toBe("MISS");
    const second = await request.get(url);
    expect(second.headers()["x-cache"]).toBe("HIT");
    // The same answer, except that a page carries a fresh CSP nonce each time (csp.spec.ts).
    const [before, after] = [nonceOf(first.headers()["content-security-policy"]), nonceOf(second.headers()["content-security-policy"])];
    expect(Boolean(before), "a page has a nonce, an API answer none").toBe(!path.startsWith("/api/"));
    if (before) expect(after).not.toBe(before);
    const same = (text: string, nonce: string | null) => (nonce ? text.replaceAll(nonce, "NONCE") : text);
    expect(same(await second.text(), after)).toBe(same(await first.text(), before));
  });
}

test("a signed-in request is rendered afresh and marked private", async ({ request }) => {
  const headers = { cookie: `${SESSION_COOKIES[0]}=someone` };
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/programmes?kind=lecture", { headers });
    expect(response.headers()["x-cache"]).toBe("BYPASS");
    expect(response.headers()["cache-control"]).toMatch(/private|no-store/);
  }
});
