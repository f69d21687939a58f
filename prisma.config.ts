import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./lib/env";

// Prisma's CLI runs on its JavaScript schema engine through the same node-postgres adapter as the
// app, so nothing is downloaded (STACK.md, "Prisma without downloads"). Without DATABASE_URL it
// talks to the embedded server, which the calling script has started (lib/postgres/embedded.ts).
process.env.DATABASE_URL ??= env.DATABASE_URL;

/**
 * adapter-pg 7.10 runs a migration by cutting it at every ";", which breaks trigger functions
 * (their bodies hold semicolons): "syntax error at or near ...". Sent whole instead, as one
 * simple-protocol query, PostgreSQL parses it itself and applies it all or nothing.
 */
class PrismaPgWholeScripts extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      await adapter.underlyingDriver().query(script);
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaPgWholeScripts({ connectionString: env.DATABASE_URL }),
});
