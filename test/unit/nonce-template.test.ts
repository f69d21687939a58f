import { gunzipSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createNonce, contentSecurityPolicy, nonceOf } from "@/lib/http/csp";
import { createNonceTemplate, renderNonceTemplate } from "@/lib/http/nonce-template";

describe("CSP nonces", () => {
  it("are fresh, 128 bits, in characters that nothing escapes, and found again in the policy", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const nonce = createNonce();
    const policy = contentSecurityPolicy(nonce);
    expect(nonceOf(policy)).toBe(nonce);
    expect(policy).toMatch(new RegExp(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`));
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(contentSecurityPolicy(nonce, { dev: true })).toMatch(/script-src[^;]*'unsafe-eval'/);
    expect(contentSecurityPolicy(null)).toMatch(/script-src 'self';/);
    expect(nonceOf(contentSecurityPolicy(null))).toBeNull();
  });
});

describe("a page kept as a nonce template", () => {
  // Text as pages have it (no zero byte), with the nonce in attributes and in an escaped payload.
  const text = fc.string({ unit: fc.constantFrom("a", "<", ">", "\"", "\\", " ", "é", "安", "😀", "\n", "script", "nonce="), maxLength: 300 });
  const page = fc.tuple(fc.array(text, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 9 }), fc.boolean()).map(([pieces, level, big]) => ({
    pieces: big ? pieces.map((p) => p.repeat(60)) : pieces, // some pages reach past deflate's 32 KB window
    level,
  }));

  it("gives back the page with the new nonce in every place of the old, gzip or not (fast-check, 150 pages)", () => {
    fc.assert(
      fc.property(page, ({ pieces, level }) => {
        const old = createNonce();
        const fresh = createNonce();
        const body = pieces.join(old);
        const expected = pieces.join(fresh);
        const gzip = createNonceTemplate(gzipSync(body, { level }), old, "gzip")!;
        expect(gunzipSync(renderNonceTemplate(gzip, fresh)).toString()).toBe(expected);
        const identity = createNonceTemplate(Buffer.from(body), old, undefined)!;
        expect(renderNonceTemplate(identity, fresh).toString()).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("compresses about as well as the page did", () => {
    const nonce = createNonce();
    const row = (i: number) => `<tr><td>课程 ${i}</td><td>Programme ${i}</td></tr>`;
    const body = Array.from({ length: 40 }, (_, i) => `<script nonce="${nonce}">self.__next_f.push([1,"${Array.from({ length: 30 }, (_, j) => row(i * 30 + j)).join("")}"])</script>`).join("\n");
    const sent = gzipSync(body);
    const again = renderNonceTemplate(createNonceTemplate(sent, nonce, "gzip")!, createNonce());
    expect(again.length).toBeLessThan(sent.length * 1.25);
  });

  it("is not made for encodings it cannot rewrite, nor for a page with a zero byte", () => {
    const nonce = createNonce();
    expect(createNonceTemplate(Buffer.from(`x${nonce}y`), nonce, "br")).toBeNull();
    expect(createNonceTemplate(Buffer.from(`x${nonce}\u0000`), nonce, "identity")).toBeNull();
  });
});
