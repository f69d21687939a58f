import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeNextPath, sameOrigin } from "@/lib/auth/request";

describe("safeNextPath (where to go after signing in)", () => {
  // [input, the path kept]
  const kept: [string, string][] = [
    ["/en/me/tokens?x=1#y", "/en/me/tokens?x=1#y"],
    ["/programmes", "/programmes"],
    ["/a/../me", "/me"],
    ["/./me", "/me"],
    ["/%2e/me", "/me"],
    // Encoded slashes stay encoded: a path on this site, not a host.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5C%5Cevil.example", "/%5C%5Cevil.example"],
    ["/me?next=//evil.example", "/me?next=//evil.example"],
  ];
  it.each(kept)("keeps %s as %s", (input, path) => {
    expect(safeNextPath(input)).toBe(path);
  });

  const hostile: unknown[] = [
    "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r//evil.example",
    "https://evil.example", "http:evil.example", "javascript:alert(1)", " /evil", "", 42, null, undefined, {},
    // Paths the URL parser normalises to "//host": dot segments, plain and percent-encoded.
    "/.//evil.example", "/././/evil.example", "/a/..//evil.example", "/a/b/../..//evil.example", "/..//evil.example",
    "/x/../..//evil.example", "/%2e//evil.example", "/%2E//evil.example", "/%2e%2e//evil.example", "/a/%2e%2e//evil.example",
    "/.%2e//evil.example", "/%2e./x/..//evil.example", "/.//evil.example/path?q=1#h", "/.//evil.example:443/",
    "/.//user:pass@evil.example", "/.///evil.example", "/.//\u3000evil.example",
  ];
  it.each(hostile.map((value) => [JSON.stringify(value) ?? String(value), value]))("refuses %s", (_name, value) => {
    expect(safeNextPath(value)).toBeUndefined();
  });

  it("whatever goes in, gives nothing or a path that stays on this site (fast-check, 2000 runs)", () => {
    const piece = fc.constantFrom("/", "//", "\\", ".", "..", "%2e", "%2E", "%2f", "%5c", "%09", "%00", "\t", "\n", " ", "\u3000", "@", ":", "?", "#", "evil.example", "a", "http:", "javascript:", "%252e");
    const input = fc.oneof(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")), fc.string(), fc.array(piece, { maxLength: 10 }).map((parts) => `/${parts.join("")}`));
    fc.assert(
      fc.property(input, (value) => {
        const out = safeNextPath(value);
        if (out === undefined) return;
        expect(out.startsWith("/") && !out.startsWith("//")).toBe(true);
        expect(new URL(out, "https://portal.example").origin).toBe("https://portal.example");
        expect(new URL(out, "https://portal.example/deep/page?x=1").origin).toBe("https://portal.example");
        expect(safeNextPath(out)).toBe(out); // already in its final spelling
      }),
      { numRuns: 2000 },
    );
  });
});

describe("sameOrigin (cookie-carried writes from this site only)", () => {
  const SITE = "http://localhost:3000";
  const PUBLIC = "https://talent.example.cn";
  // [case, request headers, SITE_URL, trusted proxy hops, same origin?]
  const table: [string, Record<string, string>, string, number, boolean][] = [
    ["Origin is the site", { origin: SITE, host: "localhost:3000" }, SITE, 0, true],
    ["Origin is the site, reached through a proxy that sets another Host", { origin: PUBLIC, host: "127.0.0.1:3001" }, PUBLIC, 0, true],
    ["Origin is the address the request was sent to (http + Host)", { origin: "http://127.0.0.1:3001", host: "127.0.0.1:3001" }, PUBLIC, 0, true],
    ["the default port, spelt or not", { origin: "http://portal.test", host: "portal.test:80" }, SITE, 0, true],
    ["Host in capitals", { origin: SITE, host: "LOCALHOST:3000" }, SITE, 0, true],
    ["another port of the same host", { origin: "http://localhost:9999", host: "localhost:3000" }, SITE, 0, false],
    ["https where the site is http, with the same host and port", { origin: "https://localhost:3000", host: "localhost:3000" }, SITE, 0, false],
    ["https where the request came over http", { origin: "https://127.0.0.1:3001", host: "127.0.0.1:3001" }, PUBLIC, 0, false],
    ["another site", { origin: "https://evil.example", host: "localhost:3000" }, SITE, 0, false],
    ["a forged X-Forwarded-Host, no proxy trusted", { origin: "http://evil.example", host: "localhost:3000", "x-forwarded-host": "evil.example" }, SITE, 0, false],
    ["a forged X-Forwarded-Host and -Proto, no proxy trusted", { origin: "https://evil.example", host: "localhost:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }, SITE, 0, false],
    ["behind a trusted proxy: the host and scheme it forwards", { origin: PUBLIC, host: "127.0.0.1:3001", "x-forwarded-host": "talent.example.cn", "x-forwarded-proto": "https" }, SITE, 1, true],
    ["behind a trusted proxy: the scheme must match too (http assumed without X-Forwarded-Proto)", { origin: PUBLIC, host: "127.0.0.1:3001", "x-forwarded-host": "talent.example.cn" }, SITE, 1, false],
    ["behind a trusted proxy: the value it appended, not the client's before it", { origin: PUBLIC, host: "127.0.0.1:3001", "x-forwarded-host": "evil.example, talent.example.cn", "x-forwarded-proto": "http, https" }, SITE, 1, true],
    ["behind a trusted proxy: a client's value the proxy did not replace is still not the site", { origin: "https://evil.example", host: "127.0.0.1:3001", "x-forwarded-host": "talent.example.cn", "x-forwarded-proto": "https" }, SITE, 1, false],
    ["behind a trusted proxy that sends only Host", { origin: "http://talent.example.cn", host: "talent.example.cn" }, SITE, 1, true],
    ["a Host header with userinfo", { origin: "http://evil.example", host: "evil.example@localhost:3000" }, SITE, 0, false],
    ["a Host header with a path", { origin: "http://localhost:3000", host: "localhost:3000/x" }, "https://talent.example.cn", 0, false],
    ["Origin null (sandboxed frame)", { origin: "null", host: "localhost:3000" }, SITE, 0, false],
    ["Origin of a file", { origin: "file://", host: "localhost:3000" }, SITE, 0, false],
    ["Origin is garbage", { origin: "not a url", host: "localhost:3000" }, SITE, 0, false],
    ["no Origin and a cross-site fetch", { "sec-fetch-site": "cross-site", host: "localhost:3000" }, SITE, 0, false],
    ["no Origin and a same-origin fetch", { "sec-fetch-site": "same-origin", host: "localhost:3000" }, SITE, 0, true],
    ["no Origin at all (scripts and tools)", { host: "localhost:3000" }, SITE, 0, true],
  ];
  it.each(table)("%s", (_name, headers, siteUrl, hops, expected) => {
    expect(sameOrigin(new Headers(headers), siteUrl, hops)).toBe(expected);
  });
});
