// A fresh SQLite database for the integration tests, built by the same migrations as production.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

export default function setup() {
  const file = "test/.artifacts/integration.db";
  mkdirSync("test/.artifacts", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${file}` },
    stdio: "pipe",
  });
}
