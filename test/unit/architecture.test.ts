import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// CONVENTIONS.md rules 1 and 2, checked on every run (the project has no linter to hold them).
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

const files = ["app", "components", "lib", "scripts", "prisma"].flatMap(sourceFiles);
/** Import specifiers of value imports (type-only imports carry no code). */
function valueImports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(/^import\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']/gms)].map((m) => m[1]);
}

describe("architecture", () => {
  it("lets only query and mutation modules use the database client", () => {
    const allowed = (file: string) =>
      /^lib\/[^/]+\/(queries|mutations)\.ts$/.test(file) || ["lib/db.ts", "lib/db-client.ts"].includes(file) ||
      file.startsWith("prisma/seed/") || file.startsWith("scripts/");
    const offenders = files.filter((file) => !allowed(file) && valueImports(file).some((s) => /(^|\/)db$|\/db-client$|generated\/prisma/.test(s)));
    expect(offenders).toEqual([]);
  });

  it("never imports from app/ (routing only)", () => {
    const offenders = files.filter((file) => !file.startsWith("app/") && valueImports(file).some((s) => /^@\/app\/|(^|\/)app\//.test(s)));
    expect(offenders).toEqual([]);
  });

  it("marks query and mutation modules server-only", () => {
    const dataModules = files.filter((file) => /^lib\/[^/]+\/(queries|mutations)\.ts$/.test(file));
    expect(dataModules.length).toBeGreaterThan(0);
    for (const file of dataModules) expect(readFileSync(file, "utf8"), file).toMatch(/^import "server-only";/);
  });

  it("takes zod from lib/zod.ts, which configures it for the pages' CSP before any schema is built", () => {
    const offenders = files.filter((file) => file !== "lib/zod.ts" && valueImports(file).some((s) => s === "zod" || s.startsWith("zod/")));
    expect(offenders).toEqual([]);
  });
});
