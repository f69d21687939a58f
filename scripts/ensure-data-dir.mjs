// libSQL does not create the database file's folder; without it migrations fail with only
// "External error id#0" (STACK.md).
import { mkdirSync } from "node:fs";
import path from "node:path";

const url = process.env.DATABASE_URL ?? "file:./data/portal.db";
if (url.startsWith("file:")) mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });
