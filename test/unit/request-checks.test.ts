import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/request";

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
