import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { contentSecurityPolicy, createNonce } from "./lib/http/csp";

const routeLocale = createMiddleware(routing);

/**
 * Locale routing, and a fresh Content-Security-Policy nonce for every page (lib/http/csp.ts):
 * Next.js reads it from the request's CSP header and puts it on its scripts; the answer carries the
 * same policy. Permission checks live next to the data (CONVENTIONS.md rule 5).
 */
export default function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV === "development" });
  // next-intl hands these request headers on to the page it rewrites or passes to.
  request.headers.set("content-security-policy", policy);
  const response = routeLocale(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Everything except API routes (/api/..., not /api-docs), Next internals and files with an
  // extension (sitemap.xml, icons).
  matcher: "/((?!api(?:/|$)|_next|_vercel|.*\\..*).*)",
};
