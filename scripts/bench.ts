// `npm run bench -- [--database file:./data/large.db] [--connections 10] [--seconds 10]`
// Serves the production build on a large database (npm run seed:large first) and measures
// requests per second and p50/p95/p99 latency with autocannon for four routes; then serves the
// same API search from a minimal node:http server that runs the same catalogue query on the same
// database file, and prints the ratio app/raw. A benchmark, not a test: it asserts nothing.
// Run under the react-server condition (see package.json) so server-only modules load here.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "file:./data/large.db" },
    connections: { type: "string", default: "10" },
    seconds: { type: "string", default: "10" },
  },
});
process.env.DATABASE_URL = values.database;
const connections = Number(values.connections);
const duration = Number(values.seconds);
const APP_PORT = 3200;
const RAW_PORT = 3201;
const env = { ...process.env, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1", SITE_URL: `http://localhost:${APP_PORT}` };

console.log("▶ Building the portal (.next-bench)");
if (spawnSync("npx", ["next", "build"], { env, stdio: "ignore" }).status !== 0) throw new Error("next build failed");
const app = spawn("npx", ["next", "start", "-p", String(APP_PORT)], { env, stdio: "ignore", detached: true });
const stop = () => { try { process.kill(-app.pid!); } catch { /* already gone */ } };
process.on("exit", stop);

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

type Row = { name: string; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };
/** Requests per second and latency percentiles over every response (autocannon reports no p95). */
async function measure(name: string, url: string): Promise<Row> {
  await fetch(url); // warm up the route once
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration }, (error, res) => (error ? reject(error) : resolve(res)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => Number(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]?.toFixed(1) ?? NaN);
  return { name, rps: result.requests.average, p50: at(50), p95: at(95), p99: at(99), non2xx: result.non2xx, errors: result.errors };
}

const q = encodeURIComponent("安全");
const base = `http://localhost:${APP_PORT}`;
await waitFor(`${base}/api/v1/institutions`);
const rows: Row[] = [];
rows.push(await measure("API search, Chinese term 安全", `${base}/api/v1/programmes?q=${q}`));
rows.push(await measure("API facets only (kind+area+open)", `${base}/api/v1/programmes?kind=training&area=security&open=true`));
rows.push(await measure("HTML catalogue with a search", `${base}/programmes?q=${q}`));
rows.push(await measure("HTML programme page", `${base}/programmes/large-programme-4242`));
stop();

// The same API search without Next.js: node:http, the same query functions, the same file.
const { findProgrammes } = await import("../lib/catalogue/queries");
const { catalogueQuery } = await import("../lib/catalogue/schema");
const { presentSummary } = await import("../lib/api/present");
const raw = createServer(async (request, response) => {
  const now = new Date();
  const result = await findProgrammes(catalogueQuery({ q: new URL(request.url!, "http://x").searchParams.get("q") ?? "" }), now);
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify({ items: result.items.map((p) => presentSummary(p, now)), total: result.total, page: result.page, pageSize: result.pageSize, facets: result.facets }));
});
await new Promise<void>((resolve) => raw.listen(RAW_PORT, "127.0.0.1", resolve));
const rawRow = await measure("Raw node:http, same search", `http://127.0.0.1:${RAW_PORT}/?q=${q}`);
raw.close();

console.log(`\n${new Date().toISOString()} · ${connections} connections · ${duration} s each · ${values.database}\n`);
console.log("| route | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |\n| --- | --- | --- | --- | --- | --- | --- |");
for (const r of [...rows, rawRow]) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
console.log(`\nAPI search app/raw throughput ratio: ${(rows[0].rps / rawRow.rps).toFixed(2)}`);
process.exit(0);
