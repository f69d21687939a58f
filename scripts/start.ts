// `npm start` (run inside scripts/with-db.ts --own, which starts the embedded PostgreSQL first
// and stops it last): everything a fresh machine needs to serve the portal with demo data.
// Safe to run again: migrations are applied once, demo data is upserted in place, people's data is kept.
import { spawn } from "node:child_process";
import { env as config } from "../lib/env";

const port = String(config.PORT);
// Links in emails and after sign-out point at SITE_URL: without one, it is this server.
const env = { ...process.env, SITE_URL: process.env.SITE_URL || `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" };

let child: ReturnType<typeof spawn> | null = null;
let stopping = false;
// Ctrl+C or SIGTERM: the step running now (or the server) ends, then so does this script.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    if (child) child.kill(signal);
    else process.exit(0);
  });
}

function run(label: string, command: string, args: string[]): Promise<void> {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => {
      child = null;
      if (stopping) process.exit(0);
      if (code === 0) return resolve();
      console.error(`\n✖ ${label} failed (exit ${code ?? signal}).`);
      process.exit(code ?? 1);
    });
  });
}

await run("Generating the database client", "npx", ["prisma", "generate"]);
await run("Applying migrations", "npx", ["prisma", "migrate", "deploy"]);
await run("Loading demo data", "npx", ["tsx", "prisma/seed/index.ts"]);
await run("Building the portal", "npx", ["next", "build"]);
console.log(`\n▶ Serving the portal at ${env.SITE_URL} (listening on ${config.HOST}:${port}; Ctrl+C to stop)`);
await run("Serving", "npx", ["tsx", "scripts/serve.ts", "--hostname", config.HOST, "--port", port]);
