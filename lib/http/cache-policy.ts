// Which responses shared caches (a CDN, and the server's own cache in lib/http/shared-cache.ts)
// may keep. Used by next.config.ts, so it imports nothing from the app.

/** Cookies that mean "signed in" (next-auth's names): with one, nothing is served from or kept in a shared cache. */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Public pages and API answers: any shared cache may keep them a minute and serve them up to five
 * minutes more while it fetches a fresh copy; browsers always revalidate (max-age=0). The portal's
 * own shared cache (shared-cache.ts) also drops them the moment a programme's public content
 * changes (publishing, a published change, unpublishing, archiving); a CDN in front of it would
 * need a purge on those events, or it reaches everyone within 60 s.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/** The pages everyone sees alike, in both languages (English under /en). Personal pages are not listed. */
export const PUBLIC_PAGE_SOURCES = ["/", "/programmes", "/programmes/:slug", "/institutions", "/institutions/:slug", "/api-docs"]
  .flatMap((path) => [path, path === "/" ? "/en" : `/en${path}`]);
