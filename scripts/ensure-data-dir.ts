// libSQL does not create the database file's folder; without it migrations fail with only
// "External error id#0" (STACK.md).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";

if (env.DATABASE_URL.startsWith("file:")) mkdirSync(path.dirname(env.DATABASE_URL.slice("file:".length)), { recursive: true });
