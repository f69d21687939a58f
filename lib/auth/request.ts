// Facts about the incoming request that auth needs.

/**
 * The client's address. The production server (scripts/serve.ts) sets X-Real-IP from the socket,
 * or from X-Forwarded-For when TRUST_PROXY says a reverse proxy sets that; a client cannot choose it.
 */
export function clientIp(headers: Headers | Record<string, unknown>): string | null {
  const value = headers instanceof Headers ? headers.get("x-real-ip") : headers["x-real-ip"];
  return typeof value === "string" && value ? value.slice(0, 64) : null;
}

/** Whether a request's Origin (when the browser sent one) is this site: cookie-authenticated writes from other sites are refused. */
export function sameOrigin(headers: Headers, siteUrl: string): boolean {
  const origin = headers.get("origin");
  if (!origin) return headers.get("sec-fetch-site") !== "cross-site";
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return origin === new URL(siteUrl).origin || (host !== null && new URL(origin).host === host);
  } catch {
    return false; // "null" (sandboxed frames, some redirects) or garbage: not this site
  }
}

/**
 * A path on this site to go to after signing in, or undefined. Parsed as a URL against a fixed
 * origin, so tricks such as "//evil.example", "/\\evil.example" or "/%09/evil.example" (browsers
 * drop tabs and newlines) cannot point elsewhere.
 */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== "string" || !next.startsWith("/") || /[\u0000-\u001f\\]/.test(next)) return undefined;
  try {
    const url = new URL(next, "http://portal.invalid");
    return url.origin === "http://portal.invalid" ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
