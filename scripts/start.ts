// `npm start`: everything a fresh machine needs to serve the portal with demo data on SQLite.
// Safe to run again: migrations are applied once, demo data is upserted in place, people's data is kept.
import { spawnSync } from "node:child_process";

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

let config;
try {
  // Importing lib/env validates the environment; a bad value ends here with one clear message.
  config = (await import("../lib/env")).env;
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const port = String(config.PORT);
// Links in emails and after sign-out point at SITE_URL: without one, it is this server.
const env = { ...process.env, DATABASE_URL: config.DATABASE_URL, SITE_URL: process.env.SITE_URL || `http://localhost:${port}` };

run("Generating the database client", "npx", ["prisma", "generate"], env);
run("Applying migrations", "npm", ["run", "--silent", "db:migrate"], env);
run("Loading demo data", "npx", ["tsx", "prisma/seed/index.ts"], env);
run("Building the portal", "npx", ["next", "build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
console.log(`\n▶ Serving the portal at http://localhost:${port} (Ctrl+C to stop)`);
run("Serving", "npx", ["tsx", "scripts/serve.ts", "--port", port], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
