// Runs a command against the portal's database: with no DATABASE_URL, the embedded PostgreSQL
// under data/postgres is started first (or the running one reused) and, if this script started
// it, stopped once the command ends. Usage: tsx scripts/with-db.ts <command> [args...]
import { spawn } from "node:child_process";
import { env } from "../lib/env";
import { startEmbeddedPostgres } from "../lib/postgres/embedded";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("Usage: tsx scripts/with-db.ts <command> [args...]");
  process.exit(2);
}
const cluster = env.DATABASE_EMBEDDED
  ? await startEmbeddedPostgres({ dir: "data/postgres", port: env.EMBEDDED_PG_PORT, databases: ["portal"], log: (line) => console.error(line) })
  : null;
const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: env.DATABASE_URL } });
// Ctrl+C reaches the command too; the database is stopped after the command has ended.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
const code = await new Promise<number>((resolve) => child.on("exit", (status) => resolve(status ?? 1)));
if (cluster?.started) await cluster.stop();
process.exit(code);
