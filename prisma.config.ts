import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { env } from "./lib/env";

// Prisma's CLI runs on its JavaScript schema engine through the same libSQL adapter as the app,
// so nothing is downloaded (STACK.md, "Prisma without downloads").
process.env.DATABASE_URL ??= env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaLibSQL({ url: env.DATABASE_URL }),
});
