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
          env: { TZ: "America/Los_Angeles" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/integration-setup.ts"],
          env: { TZ: "Asia/Shanghai", DATABASE_URL: "file:./test/.artifacts/integration.db" },
          // One SQLite file: run the files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
