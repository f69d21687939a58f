// `npm run db:restore -- FILE [--into NAME] [--replace]`: restores a backup made by
// `npm run db:backup` into a new database on the portal's server (by default
// <database>_restored_<UTC time>), leaving the current one untouched. With --replace, once the
// restore has succeeded, the restored database takes the portal database's name and the old one
// is kept as <database>_before_<UTC time>; the portal must be stopped for that.
import { execFile } from "node:child_process";
import { closeSync, openSync, readSync } from "node:fs";
import { parseArgs, promisify } from "node:util";
import pg from "pg";
import { env } from "../lib/env";
import { createDatabases, databaseUrl } from "../lib/postgres/databases";
import { clientTool, libpqEnvironment, serverMajor } from "../lib/postgres/tools";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { into: { type: "string" }, replace: { type: "boolean", default: false } } });
const fail = (message: string): never => {
  console.error(`✖ ${message}`);
  process.exit(1);
};
const file = positionals[0] ?? fail("Usage: npm run db:restore -- FILE [--into NAME] [--replace]");

// A custom-format archive starts with "PGDMP"; anything else (a renamed file, a plain SQL dump, a
// half-copied download) is refused before a database is created for it.
try {
  const fd = openSync(file, "r");
  const head = Buffer.alloc(5);
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString("latin1") !== "PGDMP") fail(`${file} is not a backup made by npm run db:backup (pg_dump custom format).`);
} catch (error) {
  fail(`${file} cannot be read: ${(error as Error).message}`);
}

const current = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1));
const stamp = new Date().toISOString().replace(/\.\d+Z$/, "").replace(/[-:T]/g, "").toLowerCase();
const target = values.into ?? `${current}_restored_${stamp}`;
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(target) || target === current) fail(`--into must be a new database name (lower-case letters, digits, _), not ${target}.`);

const admin = new pg.Client({ connectionString: databaseUrl(env.DATABASE_URL, "postgres") });
await admin.connect();
const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [target])).rowCount;
if (exists) fail(`Database ${target} exists already: name another with --into.`);
await createDatabases(env.DATABASE_URL, [target]);
const targetUrl = databaseUrl(env.DATABASE_URL, target);
const started = Date.now();
try {
  const pgRestore = await clientTool("pg_restore", await serverMajor(env.DATABASE_URL));
  await promisify(execFile)(pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${target}`, file], { env: libpqEnvironment(targetUrl) });
} catch (error) {
  await admin.query(`DROP DATABASE ${admin.escapeIdentifier(target)} WITH (FORCE)`);
  await admin.end();
  fail(`Restore failed (nothing was changed): ${((error as { stderr?: string }).stderr || (error as Error).message).trim()}`);
}
console.log(`Restored ${file} into database ${target} in ${Date.now() - started} ms.`);

if (values.replace) {
  const previous = `${current}_before_${stamp}`;
  try {
    await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(current)} RENAME TO ${admin.escapeIdentifier(previous)}`);
  } catch (error) {
    await admin.end();
    fail(`Could not set ${current} aside (${(error as Error).message}): stop the portal first. The restored copy stays in ${target}.`);
  }
  await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(target)} RENAME TO ${admin.escapeIdentifier(current)}`);
  console.log(`The portal's database ${current} is now the restored copy; the previous one is kept as ${previous}.`);
} else {
  console.log(`To serve it: DATABASE_URL=${targetUrl.replace(/:[^:@/]*@/, ":***@")} npm start, or run again with --replace.`);
}
await admin.end();
