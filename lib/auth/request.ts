// Facts about the incoming request that auth needs.
import { isIP } from "node:net";
import { env } from "../env";

/** The header through which scripts/serve.ts hands the app each request's socket address. */
export const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";
// Set in this process by scripts/serve.ts, which overwrites SOCKET_ADDRESS_HEADER on every request
// before Next.js sees it. Without it (bare `next start`) that header is whatever the client sent,
// so it is ignored. Symbol.for: one key shared by every copy of this module the bundles load.
const SERVE_STAMPS = Symbol.for("portal.serve-stamps-socket-address");
const marks = globalThis as { [SERVE_STAMPS]?: true };

/** For scripts/serve.ts only: replaces whatever the client sent in SOCKET_ADDRESS_HEADER with the socket's address. */
export function stampSocketAddress(headers: Record<string, string | string[] | undefined>, address: string | undefined): void {
  marks[SERVE_STAMPS] = true;
  headers[SOCKET_ADDRESS_HEADER] = address ?? "";
}

/** An IP address in one spelling (IPv4-mapped IPv6 as IPv4, IPv6 lower-case, no brackets or port), or null. */
export function normalizeIp(value: string): string | null {
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
  return text.length <= 64 && isIP(text) ? text : null;
}

/**
 * The client's address, from what the request offers.
 * - `hops` 0 (the default): the socket's address only; no header a client can send counts.
 * - `hops` N: N trusted reverse proxies each append the address they saw to X-Forwarded-For, so the
 *   client is the Nth entry from the right; entries left of it came from the client and are ignored.
 *   With fewer entries (a request that bypassed an outer proxy) the leftmost, which a trusted proxy
 *   still wrote; with no header at all, the socket's address.
 * An entry that is not an IP address gives null: no address rather than a made-up one.
 */
export function resolveClientIp(request: { forwardedFor: string | null; socketAddress: string | null; hops: number }): string | null {
  const socket = request.socketAddress ? normalizeIp(request.socketAddress) : null;
  if (request.hops <= 0) return socket;
  // Proxies never append empty entries, so dropping them only touches the client's part.
  const entries = (request.forwardedFor ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return socket;
  return normalizeIp(entries[Math.max(0, entries.length - request.hops)]);
}

/**
 * The client's address for throttling and the audit trail, or null when it cannot be known: under
 * bare `next start` route handlers cannot see the socket, so without TRUST_PROXY_HOPS there is none
 * (callers then skip per-address limits rather than put every visitor in one bucket).
 */
export function clientIp(headers: Headers | Record<string, unknown>): string | null {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : null;
  };
  return resolveClientIp({
    forwardedFor: read("x-forwarded-for"),
    socketAddress: marks[SERVE_STAMPS] ? read(SOCKET_ADDRESS_HEADER) : null,
    hops: env.TRUST_PROXY_HOPS,
  });
}

/** The origin `scheme://host[:port]` in the one spelling URL gives it (default ports dropped, lower case), or null for anything else. */
function originOf(scheme: string, host: string): string | null {
  // A host header is a name or an address with an optional port; anything else (userinfo, a path) is refused, not repaired.
  if (!/^(https?)$/.test(scheme) || !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host)) return null;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/** The last value of a header a proxy may have appended to (the nearest proxy's), trimmed. */
const nearest = (value: string | null) => value?.split(",").at(-1)?.trim() || null;

/**
 * Whether a request's Origin (when the browser sent one) is this site: cookie-authenticated writes
 * from other sites are refused. This site is `siteUrl` (SITE_URL) or the origin the request was
 * addressed to, compared by scheme, host and port. That origin is `http://` + Host (scripts/serve.ts
 * and `next start` speak plain HTTP); X-Forwarded-Host and X-Forwarded-Proto describe it instead
 * only behind a trusted proxy (`trustProxyHops` > 0), since otherwise the client wrote them.
 */
export function sameOrigin(headers: Headers, siteUrl: string, trustProxyHops: number): boolean {
  const origin = headers.get("origin");
  if (!origin) return headers.get("sec-fetch-site") !== "cross-site";
  let claimed: string;
  try {
    // An opaque origin ("null" from sandboxed frames and some redirects, file:) matches neither origin below.
    claimed = new URL(origin).origin;
  } catch {
    return false; // garbage: not this site
  }
  if (claimed === new URL(siteUrl).origin) return true;
  const proxied = trustProxyHops > 0;
  const host = (proxied ? nearest(headers.get("x-forwarded-host")) : null) ?? headers.get("host");
  const scheme = (proxied ? nearest(headers.get("x-forwarded-proto")) : null) ?? "http";
  return host !== null && claimed === originOf(scheme.toLowerCase(), host);
}

// The fixed origin a `next` path is resolved against; any other origin after resolving means "elsewhere".
const HERE = "http://portal.invalid";

/**
 * A path on this site to go to after signing in, or undefined. Parsed as a URL against a fixed
 * origin, so tricks such as "//evil.example", "/\\evil.example" or "/%09/evil.example" (browsers
 * drop tabs and newlines) cannot point elsewhere. The parser also resolves dot segments
 * ("/.//evil.example", "/a/..//evil.example", "/%2e//evil.example"), and a result starting with
 * "//" (or "/\\") would be read by the browser as another host: refused too.
 */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== "string" || !next.startsWith("/") || /[\u0000-\u001f\\]/.test(next)) return undefined;
  try {
    const url = new URL(next, HERE);
    if (url.origin !== HERE || /^\/[/\\]/.test(url.pathname)) return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

/** What a mutation needs to know about the request it serves: the client's address (throttles, audit) and, in tests, the time. */
export interface RequestContext { ip: string | null; now?: Date }
