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
  return origin === new URL(siteUrl).origin || (host !== null && new URL(origin).host === host);
}
