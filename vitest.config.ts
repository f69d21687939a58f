import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // Only Next.js enforces the server/client split; outside it the marker module must be inert.
  "server-only": path.join(root, "test/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts", "test/unit/**/*.test.tsx"],
          environment: "node",
          // A zone far from UTC makes date bugs show (CONVENTIONS.md rule 9).
          env: { TZ: "America/Los_Angeles", SITE_URL: "http://localhost:3000" },
          // A guard against hangs only: on a busy shared machine the first password check (building
          // zxcvbn's dictionaries) or a fast-check run can take seconds; tests never race the clock.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/integration-setup.ts"],
          setupFiles: ["test/support/integration-database.ts"],
          // Not the data's zone (Asia/Shanghai), so code that leans on the machine's zone fails here.
          env: {
            TZ: "America/Los_Angeles",
            SITE_URL: "http://localhost:3000",
            NEXTAUTH_SECRET: "integration-tests-secret-0123456789abcdef",
          },
          // A guard against hangs only; these machines are shared, so tests never race the clock.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
