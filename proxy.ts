import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Locale routing only; permission checks live next to the data (CONVENTIONS.md rule 5).
export default createMiddleware(routing);

export const config = {
  // Everything except API routes (/api/..., not /api-docs), Next internals and files with an
  // extension (sitemap.xml, icons).
  matcher: "/((?!api(?:/|$)|_next|_vercel|.*\\..*).*)",
};
