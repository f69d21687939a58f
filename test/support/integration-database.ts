// Runs before each integration test file: a database of its own, copied from the migrated
// template, named in DATABASE_URL before any module reads the configuration.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabases, databaseUrl } from "@/lib/postgres/databases";
import { TEMPLATE_DATABASE } from "./integration-setup";

const adminUrl = inject("databaseAdminUrl");
const name = `test_${randomBytes(6).toString("hex")}`;
await createDatabases(adminUrl, [name], TEMPLATE_DATABASE);
process.env.DATABASE_URL = databaseUrl(adminUrl, name);
