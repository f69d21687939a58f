// Makes a new migration offline (STACK.md): a schema-to-schema diff between the schema as of the
// newest migration (kept as prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma.
// Usage: npm run migration:new -- add_something
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run migration:new -- <name in snake_case>");
  process.exit(1);
}
const migrations = path.join("prisma", "migrations");
const snapshot = path.join(migrations, "schema.snapshot.prisma");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (!/CREATE|ALTER|DROP|INSERT|UPDATE/i.test(sql)) {
  console.log("The schema matches the newest migration: nothing to do.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrations, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
if (!existsSync(path.join(migrations, "migration_lock.toml"))) {
  writeFileSync(path.join(migrations, "migration_lock.toml"), 'provider = "postgresql"\n');
}
copyFileSync("prisma/schema.prisma", snapshot);
console.log(`Wrote ${dir}/migration.sql; review it, then run npm run db:migrate.`);
