import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The browser tests' own PostgreSQL (scripts/e2e-server.ts starts it); fixtures write to it too.
process.env.E2E_DATABASE_URL ??= `postgresql://portal:portal@127.0.0.1:${Number(process.env.E2E_PG_PORT ?? 25431)}/portal_e2e`;
// The name the suite's server listens on (scripts/e2e-server.ts); other bind addresses are tested in serve.spec.ts.
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium where it exists (offline machines, CI); otherwise Playwright's own browser.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "test/e2e",
  outputDir: "test/.artifacts/playwright",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test/.artifacts/playwright-results.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /(enrollment|instances|backup)\.spec\.ts/ },
    // Sends bursts of 200 simultaneous applications: alone, after the rest, so other tests' pages are not slowed on two cores.
    { name: "enrollment", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /enrollment\.spec\.ts/, dependencies: ["chromium"] },
    // Start production servers of their own on databases of their own (the same build and PostgreSQL): last, one at a time.
    { name: "servers", testMatch: /(instances|backup)\.spec\.ts/, dependencies: ["enrollment"], fullyParallel: false },
  ],
  webServer: {
    // Production build on a throwaway database (scripts/e2e-server.ts).
    command: `npx tsx scripts/e2e-server.ts`,
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT), E2E_DATABASE_URL: process.env.E2E_DATABASE_URL, SITE_URL: baseURL, ICP_FILING: "渝ICP备00000000号-1" },
    // SIGTERM first, so the server stops its PostgreSQL and SMTP server before it exits.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
