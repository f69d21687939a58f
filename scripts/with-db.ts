// Runs a command against the portal's database: with no DATABASE_URL, the embedded PostgreSQL
// (EMBEDDED_PG_DIR, data/postgres by default) is started first, or the one already running there
// reused. It is stopped once the command ends if this script started it, or always with --own
// (`npm start`, which also takes over a server a killed run left behind). Ctrl+C and SIGTERM
// reach the command first; the database stops after it has ended.
// Usage: tsx scripts/with-db.ts [--own] <command> [args...]
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const own = args[0] === "--own";
const [command, ...rest] = own ? args.slice(1) : args;
if (!command) {
  console.error("Usage: tsx scripts/with-db.ts [--own] <command> [args...]");
  process.exit(2);
}
let env;
try {
  // Importing lib/env validates the environment; a bad value ends here with one clear message.
  env = (await import("../lib/env")).env;
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { startEmbeddedPostgres } = await import("../lib/postgres/embedded");

// Signals that arrive while the database starts are kept for the command.
let pending: NodeJS.Signals | null = null;
let child: ReturnType<typeof spawn> | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (child ? child.kill(signal) : (pending = signal)));

let cluster: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
if (env.DATABASE_EMBEDDED) {
  try {
    cluster = await startEmbeddedPostgres({ dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, databases: ["portal"], log: (line) => console.error(line) });
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
}
const code = pending ? 130 : await new Promise<number>((resolve) => {
  child = spawn(command, rest, { stdio: "inherit", env: { ...process.env, DATABASE_URL: env.DATABASE_URL } });
  child.on("exit", (status, signal) => resolve(status ?? (signal ? 128 : 1)));
});
if (cluster && (own || cluster.started)) {
  console.error("Stopping PostgreSQL");
  await cluster.stop().catch((error: unknown) => console.error((error as Error).message));
}
process.exit(code);
