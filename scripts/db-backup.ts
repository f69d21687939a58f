// `npm run db:backup [-- FILE]`: a consistent backup of the portal's database while it runs
// (pg_dump's custom format: one snapshot, compressed, restorable table by table), by default to
// data/backups/portal-<UTC time>.dump. Writes go on meanwhile; the backup holds every write
// committed before it began. Runs through scripts/with-db.ts, which starts the embedded server
// when no DATABASE_URL is set.
import { execFile } from "node:child_process";
import { mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { env } from "../lib/env";
import { clientTool, libpqEnvironment, serverMajor } from "../lib/postgres/tools";

const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");
const file = path.resolve(process.argv[2] ?? path.join("data", "backups", `portal-${stamp}.dump`));
mkdirSync(path.dirname(file), { recursive: true });
const started = Date.now();
try {
  const pgDump = await clientTool("pg_dump", await serverMajor(env.DATABASE_URL));
  // Written under another name and renamed once complete: a file with the final name is always whole.
  const partial = `${file}.partial`;
  try {
    await promisify(execFile)(pgDump, ["--format=custom", "--compress=6", `--file=${partial}`], { env: libpqEnvironment(env.DATABASE_URL) });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
} catch (error) {
  console.error(`✖ Backup failed: ${((error as { stderr?: string }).stderr || (error as Error).message).trim()}`);
  process.exit(1);
}
const size = statSync(file).size;
console.log(`Backed up database ${new URL(env.DATABASE_URL).pathname.slice(1)} to ${path.relative(process.cwd(), file)} (${(size / 1024 / 1024).toFixed(1)} MB in ${Date.now() - started} ms).`);
console.log(`Restore it with: npm run db:restore -- ${path.relative(process.cwd(), file)}`);
