// Fresh SQLite databases for the integration tests, built by the same migrations as production.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

/** The seed test gets a database of its own: it rewrites the demo data that other tests would see. */
export const SEED_TEST_DATABASE_URL = "file:./test/.artifacts/seed.db";

export default function setup() {
  mkdirSync("test/.artifacts", { recursive: true });
  for (const file of ["test/.artifacts/integration.db", "test/.artifacts/seed.db"]) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    execFileSync("npx", ["prisma", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:./${file}` },
      stdio: "pipe",
    });
  }
}
