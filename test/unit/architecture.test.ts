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

/** Reads and writes of a domain: lib/<domain>/queries.ts, or a folder of them split by concern (mutations/credentials.ts). */
const DATA_MODULE = /^lib\/[^/]+\/(queries|mutations)(\.ts|\/[^/]+\.ts)$/;

/** Where a relative or aliased import specifier of `file` points, as a path from the project root. */
function resolved(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  return specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : specifier;
}
/** Every import (type-only ones included: they couple modules too) of a file, resolved. */
function allImports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(/^(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gms)].map((m) => resolved(file, m[1] ?? m[2]));
}
const importsFrom = (dir: string, prefix: string) =>
  files.filter((file) => file.startsWith(`${dir}/`)).flatMap((file) => allImports(file).filter((target) => target === prefix || target.startsWith(`${prefix}/`)).map((target) => `${file} -> ${target}`));

describe("architecture", () => {
  it("keeps the identity layer (lib/auth) free of the accounts domain", () => {
    expect(importsFrom("lib/auth", "lib/accounts")).toEqual([]);
  });

  it("keeps accounts free of enrollment (closing an account calls both, from lib/privacy)", () => {
    expect(importsFrom("lib/accounts", "lib/enrollment")).toEqual([]);
  });

  it("lets components render what pages give them: no sessions, queries, mutations or database in components/", () => {
    const offenders = files.filter((file) => file.startsWith("components/")).flatMap((file) =>
      valueImports(file).map((s) => resolved(file, s)).filter((target) => /^lib\/(auth\/session|db|db-client)$|^lib\/[^/]+\/(queries|mutations)(\/|$)|generated\/prisma/.test(target)).map((target) => `${file} -> ${target}`));
    expect(offenders).toEqual([]);
  });

  it("puts words outside a request through one translator (lib/i18n/translator.ts): no other lib/ or app/ module loads the catalogues", () => {
    const offenders = files.filter((file) => !file.startsWith("components/") && file !== "lib/i18n/translator.ts" &&
      valueImports(file).some((s) => /messages\/(en|zh-CN)\.json$/.test(s) || s === "use-intl/core"));
    expect(offenders).toEqual([]);
  });

  it("sends every server action through the pipeline (lib/forms/server-action.ts)", () => {
    const actionFiles = files.filter((file) => /^\s*["']use server["']/m.test(readFileSync(file, "utf8")));
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const file of actionFiles) {
      expect(file, "'use server' only in actions.ts").toMatch(/^lib\/[^/]+\/actions\.ts$/);
      const code = readFileSync(file, "utf8");
      const exports = [...code.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|var|class)\s+(\w+)(.*)$/gm)];
      expect(exports.length, file).toBeGreaterThan(0);
      for (const [, name, rest] of exports) expect(`${name}${rest}`, file).toMatch(/^\w+ = serverAction\(/);
      expect(code, file).not.toMatch(/^export\s+(default|\{)/m);
    }
  });


  it("lets only query and mutation modules use the database client", () => {
    const allowed = (file: string) =>
      DATA_MODULE.test(file) || ["lib/db.ts", "lib/db-client.ts"].includes(file) ||
      file.startsWith("prisma/seed/") || file.startsWith("scripts/");
    const offenders = files.filter((file) => !allowed(file) && valueImports(file).some((s) => /(^|\/)db$|\/db-client$|generated\/prisma/.test(s)));
    expect(offenders).toEqual([]);
  });

  it("never imports from app/ (routing only)", () => {
    const offenders = files.filter((file) => !file.startsWith("app/") && valueImports(file).some((s) => /^@\/app\/|(^|\/)app\//.test(s)));
    expect(offenders).toEqual([]);
  });

  it("keeps zxcvbn's dictionaries (about 1 MB) out of the browser: only server-only modules import them", () => {
    const users = files.filter((file) => valueImports(file).some((s) => s.startsWith("@zxcvbn-ts/")));
    expect(users.length).toBeGreaterThan(0);
    for (const file of users) expect(readFileSync(file, "utf8"), file).toMatch(/^import "server-only";/);
  });

  it("marks query and mutation modules server-only", () => {
    const dataModules = files.filter((file) => DATA_MODULE.test(file));
    expect(dataModules.length).toBeGreaterThan(0);
    for (const file of dataModules) expect(readFileSync(file, "utf8"), file).toMatch(/^import "server-only";/);
  });

  it("takes zod from lib/zod.ts, which configures it for the pages' CSP before any schema is built", () => {
    const offenders = files.filter((file) => file !== "lib/zod.ts" && valueImports(file).some((s) => s === "zod" || s.startsWith("zod/")));
    expect(offenders).toEqual([]);
  });
});
