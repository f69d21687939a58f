// `npm start`: everything a fresh machine needs to serve the portal with demo data. Without
// DATABASE_URL it runs its own PostgreSQL (data/postgres) and stops it on Ctrl+C or SIGTERM.
// Safe to run again: migrations are applied once, demo data is upserted in place, people's data is kept.
import { spawn } from "node:child_process";

let config;
try {
  // Importing lib/env validates the environment; a bad value ends here with one clear message.
  config = (await import("../lib/env")).env;
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { startEmbeddedPostgres } = await import("../lib/postgres/embedded");

const port = String(config.PORT);
// Links in emails and after sign-out point at SITE_URL: without one, it is this server.
const env = { ...process.env, DATABASE_URL: config.DATABASE_URL, SITE_URL: process.env.SITE_URL || `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" };

let child: ReturnType<typeof spawn> | null = null;
let stopping = false;
let cluster: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;

async function shutDown(code: number): Promise<never> {
  if (cluster) {
    console.log("\n▶ Stopping PostgreSQL");
    await cluster.stop().catch((error: unknown) => console.error((error as Error).message));
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // The step running now (or the server) ends first, then the database.
    if (child && child.exitCode === null) child.kill(signal);
    else void shutDown(0);
  });
}

function run(label: string, command: string, args: string[]): Promise<void> {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => {
      child = null;
      if (stopping) return void shutDown(0);
      if (code === 0) return resolve();
      console.error(`\n✖ ${label} failed (exit ${code ?? signal}).`);
      void shutDown(code ?? 1);
    });
  });
}

if (config.DATABASE_EMBEDDED) {
  console.log("\n▶ Starting PostgreSQL (embedded; set DATABASE_URL to use a server instead)");
  try {
    cluster = await startEmbeddedPostgres({ dir: "data/postgres", port: config.EMBEDDED_PG_PORT, databases: ["portal"], log: (line) => console.log(line) });
  } catch (error) {
    console.error(`\n✖ ${(error as Error).message}`);
    process.exit(1);
  }
}
await run("Generating the database client", "npx", ["prisma", "generate"]);
await run("Applying migrations", "npx", ["prisma", "migrate", "deploy"]);
await run("Loading demo data", "npx", ["tsx", "prisma/seed/index.ts"]);
await run("Building the portal", "npx", ["next", "build"]);
console.log(`\n▶ Serving the portal at ${env.SITE_URL} (listening on ${config.HOST}:${port}; Ctrl+C to stop)`);
await run("Serving", "npx", ["tsx", "scripts/serve.ts", "--hostname", config.HOST, "--port", port]);
await shutDown(0);
