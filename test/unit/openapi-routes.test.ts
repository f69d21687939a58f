import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

// The OpenAPI document against the route handlers that exist, both ways, so a new route (or a new
// method on one) cannot be left out of it and a removed one cannot linger in it.
const API_DIR = "app/api/v1";
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? routeFiles(file) : name === "route.ts" ? [file] : [];
  });
}

/** The HTTP methods a route file exports (`export function GET`, `export const POST =`, `export { GET }`). */
function exportedMethods(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return METHODS.filter((method) =>
    new RegExp(`export\\s+(async\\s+)?(function|const|let)\\s+${method}\\b`).test(code) || new RegExp(`export\\s*\\{[^}]*\\b${method}\\b[^}]*\\}`).test(code),
  );
}

const routes = routeFiles(API_DIR).map((file) => {
  // app/api/v1/calendar/[feed]/route.ts -> /calendar/[feed]; a dynamic segment stands for a
  // templated one ({feed}) or a fixed value of it (/enrollments/{id}/calendar.ics).
  const route = "/" + path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/");
  const pattern = route
    .split("/")
    .map((segment) => (/^\[\[?\.\.\./.test(segment) ? ".+" : /^\[.+\]$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return { file, route, matches: (docPath: string) => new RegExp(`^${pattern}$`).test(docPath), methods: exportedMethods(file) };
});
const paths = openApiDocument("http://localhost:3000").paths as Record<string, Record<string, unknown>>;

describe("the OpenAPI document", () => {
  it("finds the route files and their methods", () => {
    expect(routes.map((r) => r.route)).toContain("/calendar/[feed]");
    for (const r of routes) expect(r.methods, `${r.file} exports no HTTP method this test can see`).not.toEqual([]);
  });

  it("lists every method of every route under /api/v1", () => {
    const missing = routes.flatMap((r) =>
      r.methods.filter((method) => !Object.entries(paths).some(([docPath, item]) => r.matches(docPath) && method.toLowerCase() in item)).map((method) => `${method} ${r.route}`),
    );
    expect(missing).toEqual([]);
  });

  it("lists nothing that no route serves", () => {
    const extra = Object.entries(paths).flatMap(([docPath, item]) =>
      Object.keys(item).filter((method) => !routes.some((r) => r.matches(docPath) && r.methods.includes(method.toUpperCase()))).map((method) => `${method.toUpperCase()} ${docPath}`),
    );
    expect(extra).toEqual([]);
  });
});
