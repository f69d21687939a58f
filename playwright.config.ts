import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
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
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /enrollment\.spec\.ts/ },
    // Writes fixtures straight to the server's SQLite file, so it runs alone, after the rest.
    { name: "enrollment", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /enrollment\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    // Production build on a throwaway database (scripts/e2e-server.ts).
    command: `npx tsx scripts/e2e-server.ts`,
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT), SITE_URL: baseURL, ICP_FILING: "渝ICP备00000000号-1" },
  },
});
