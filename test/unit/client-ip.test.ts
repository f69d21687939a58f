import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER, clientIp, normalizeIp, resolveClientIp, stampSocketAddress } from "@/lib/auth/request";

const SOCKET = "10.0.0.5";

describe("resolveClientIp", () => {
  // [what the request carries, trusted hops, the address used]
  const table: [string, string | null, number, string | null][] = [
    ["no proxy trusted: a forwarded header is ignored", "198.51.100.7", 0, SOCKET],
    ["no proxy trusted: several forwarded entries are ignored", "1.1.1.1, 198.51.100.7", 0, SOCKET],
    ["one proxy: the entry it appended", "198.51.100.7", 1, "198.51.100.7"],
    ["one proxy: entries the client sent before it are ignored", "6.6.6.6, 7.7.7.7, 198.51.100.7", 1, "198.51.100.7"],
    ["two proxies: the entry the outer one appended", "198.51.100.7, 203.0.113.2", 2, "198.51.100.7"],
    ["two proxies: a spoofed leading entry is ignored", "6.6.6.6, 198.51.100.7, 203.0.113.2", 2, "198.51.100.7"],
    ["two proxies, one entry (the outer proxy was bypassed): the one a trusted proxy wrote", "198.51.100.7", 2, "198.51.100.7"],
    ["a proxy trusted but no header (a direct request): the socket", null, 1, SOCKET],
    ["a proxy trusted, header of only commas and spaces: the socket", " , ,", 1, SOCKET],
    ["empty entries the client sent do not shift the count", "6.6.6.6,, ,198.51.100.7", 1, "198.51.100.7"],
    ["garbage where the client's address should be: unknown, not guessed", "6.6.6.6, unknown", 1, null],
    ["garbage in the client's part only: ignored", "<script>, 198.51.100.7", 1, "198.51.100.7"],
    ["a name instead of an address: unknown", "evil.example", 1, null],
    ["IPv6, lower-cased", "6.6.6.6, 2001:DB8::1", 1, "2001:db8::1"],
    ["IPv6 in brackets with a port", "[2001:db8::1]:4711", 1, "2001:db8::1"],
    ["IPv4 with a port", "198.51.100.7:51234", 1, "198.51.100.7"],
    ["IPv4-mapped IPv6 as IPv4", "::ffff:198.51.100.7", 1, "198.51.100.7"],
  ];
  it.each(table)("%s", (_name, forwardedFor, hops, expected) => {
    expect(resolveClientIp({ forwardedFor, socketAddress: SOCKET, hops })).toBe(expected);
  });

  it("is unknown without a socket address and without trusted proxies, whatever the headers say", () => {
    expect(resolveClientIp({ forwardedFor: "198.51.100.7", socketAddress: null, hops: 0 })).toBeNull();
    expect(resolveClientIp({ forwardedFor: null, socketAddress: null, hops: 1 })).toBeNull();
  });

  it("normalizes the socket's address too (a dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d)", () => {
    expect(resolveClientIp({ forwardedFor: null, socketAddress: "::ffff:127.0.0.1", hops: 0 })).toBe("127.0.0.1");
    expect(resolveClientIp({ forwardedFor: null, socketAddress: "::1", hops: 0 })).toBe("::1");
  });
});

describe("normalizeIp", () => {
  it("refuses what is not an address", () => {
    for (const value of ["", "unknown", "1.2.3.4.5", "300.1.1.1", "1.2.3.4, 5.6.7.8", "[::1", `${"1:".repeat(40)}1`]) expect(normalizeIp(value), value).toBeNull();
  });
});

describe("clientIp", () => {
  it("ignores every header a client can send until scripts/serve.ts stamps the socket address, then uses only that", () => {
    const spoofed = { "x-real-ip": "6.6.6.6", "x-forwarded-for": "7.7.7.7", [SOCKET_ADDRESS_HEADER]: "8.8.8.8" };
    // Bare `next start`: the socket is out of reach, so the address is unknown.
    expect(clientIp(new Headers(spoofed))).toBeNull();
    expect(clientIp({ ...spoofed })).toBeNull();

    const incoming: Record<string, string | string[] | undefined> = { ...spoofed };
    stampSocketAddress(incoming, "::ffff:192.0.2.10");
    expect(clientIp(incoming)).toBe("192.0.2.10");
    expect(clientIp(new Headers(incoming as Record<string, string>))).toBe("192.0.2.10");
  });
});

describe("TRUST_PROXY_HOPS", () => {
  it("defaults to trusting no proxy and takes a small whole number", () => {
    expect(parseEnv({}).TRUST_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUST_PROXY_HOPS: "2" }).TRUST_PROXY_HOPS).toBe(2);
    for (const value of ["-1", "1.5", "yes", "11"]) {
      expect(() => parseEnv({ TRUST_PROXY_HOPS: value }), value).toThrowError("TRUST_PROXY_HOPS: must be a whole number of proxies from 0 to 10");
    }
  });

  it("refuses the old TRUST_PROXY switch with what to set instead", () => {
    expect(() => parseEnv({ TRUST_PROXY: "true" })).toThrowError("TRUST_PROXY: replaced by TRUST_PROXY_HOPS (TRUST_PROXY=true is TRUST_PROXY_HOPS=1)");
  });
});
