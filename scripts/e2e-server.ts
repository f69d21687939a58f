// The server the browser tests run against: a fresh SQLite file with the demo data, a production
// build in its own folder (.next-test) so it never replaces the one `npm start` serves.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const file = "test/.artifacts/e2e.db";
mkdirSync("test/.artifacts", { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
const env = { ...process.env, DATABASE_URL: `file:./${file}`, NEXT_DIST_DIR: ".next-test", NEXT_TELEMETRY_DISABLED: "1" };

for (const [command, ...args] of [
  ["npx", "prisma", "generate"],
  ["npx", "prisma", "migrate", "deploy"],
  ["npx", "tsx", "prisma/seed/index.ts"],
  ["npx", "next", "build"],
]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const server = spawn("npx", ["tsx", "scripts/serve.ts", "--hostname", "localhost", "--port", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
