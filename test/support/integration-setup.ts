// One PostgreSQL cluster for the integration tests (embedded, thrown away afterwards) with a
// template database built by the same migrations as production. Each test file gets a database
// of its own, copied from the template (test/support/integration-database.ts), so files run in
// parallel and never see each other's rows.
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { createDatabases } from "@/lib/postgres/databases";
import { startEmbeddedPostgres } from "@/lib/postgres/embedded";
import { freePort } from "./free-port";

export const TEMPLATE_DATABASE = "portal_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** The cluster's maintenance database, for creating each file's own database. */
    databaseAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startEmbeddedPostgres({ dir: "test/.artifacts/pg-integration", port: await freePort(), fresh: true, durable: false });
  await createDatabases(cluster.url("postgres"), [TEMPLATE_DATABASE]);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: cluster.url(TEMPLATE_DATABASE) }, stdio: "pipe" });
  project.provide("databaseAdminUrl", cluster.url("postgres"));
  return () => cluster.stop();
}
