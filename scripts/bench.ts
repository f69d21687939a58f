// `npm run bench -- [--database portal_large] [--connections 10] [--seconds 10]`
// Serves the production build through the production server (scripts/serve.ts, with its shared
// cache) on a large database (npm run seed:large first) and measures requests per second and
// p50/p95/p99 latency with autocannon. Each search is measured twice: the same URL again and
// again (what a popular search costs: shared-cache hits), and 1,440 different URLs in turn (what
// a search nobody made before costs: both caches miss; each route gets its own 1,440). Then the same searches run
// on a minimal node:http server calling the same catalogue query on the same database, and the
// ratios app/raw are printed. Then what a search nobody made before costs in-process (the
// cold-cost table), and how long a small page takes while such a search runs. A benchmark, not
// a test: it asserts nothing.
// Run under the react-server condition (see package.json) so server-only modules load here.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { AREAS, MODES, PROGRAMME_KINDS } from "../lib/catalogue/codes";
import { SESSION_COOKIES } from "../lib/http/cache-policy";
import { databaseUrl } from "../lib/postgres/databases";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "portal_large" },
    connections: { type: "string", default: "10" },
    seconds: { type: "string", default: "10" },
  },
});
// scripts/with-db.ts (npm run bench) names the portal's server; the catalogue is in --database there.
process.env.DATABASE_URL = databaseUrl(process.env.DATABASE_URL!, values.database!);
const connections = Number(values.connections);
const duration = Number(values.seconds);
const APP_PORT = 3200;
const RAW_PORT = 3201;
const env = { ...process.env, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1", SITE_URL: `http://localhost:${APP_PORT}` };

console.log("▶ Building the portal (.next-bench)");
if (spawnSync("npx", ["next", "build"], { env, stdio: "ignore" }).status !== 0) throw new Error("next build failed");
const app = spawn("npx", ["tsx", "scripts/serve.ts", "--port", String(APP_PORT)], { env, stdio: "ignore", detached: true });
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
async function measure(name: string, url: string, { paths, headers }: { paths?: string[]; headers?: Record<string, string> } = {}): Promise<Row> {
  await fetch(url, { headers }); // warm up the route once
  const times: number[] = [];
  // With a list of paths, every request takes the next one (shared by all connections).
  let next = 0;
  const requests = paths && [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length] }) }];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers, ...(requests ? { requests } : {}) }, (error, res) => (error ? reject(error) : resolve(res)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => Number(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]?.toFixed(1) ?? NaN);
  return { name, rps: result.requests.average, p50: at(50), p95: at(95), p99: at(99), non2xx: result.non2xx, errors: result.errors };
}

const q = encodeURIComponent("安全");
// 30 two-character terms × 4 kinds × 12 areas × 3 modes: 4,320 different searches, each matching
// something, dealt into three sets of 1,440 so no route finds another's answers cached.
const TERMS = ["安全", "信息", "嵌入", "系统", "通信", "协议", "移动", "软件", "电子", "政务", "平台", "商务", "企业", "资源",
  "计划", "数控", "改造", "教育", "多媒", "集成", "网上", "服务", "出口", "国际", "测试", "项目", "管理", "质量", "数据", "运维"];
const allVaried = TERMS.flatMap((term) => PROGRAMME_KINDS.flatMap((kind) => AREAS.flatMap((area) => MODES.map((mode) => `q=${encodeURIComponent(term)}&kind=${kind}&area=${area}&mode=${mode}`))));
const variedQueries = (set: number) => allVaried.filter((_, i) => i % 3 === set);
const base = `http://localhost:${APP_PORT}`;
await waitFor(`${base}/api/v1/institutions`);
const rows: Row[] = [];
// A session cookie makes the shared cache step aside, as it does for people who are signed in.
const signedIn = { headers: { cookie: `${SESSION_COOKIES[0]}=bench` } };
const api = `${base}/api/v1/programmes`;
rows.push(await measure("API search 安全, same URL", `${api}?q=${q}`));
rows.push(await measure("API search 安全, same URL, signed in", `${api}?q=${q}`, signedIn));
rows.push(await measure("API search, 1,440 different URLs", api, { paths: variedQueries(0).map((v) => `/api/v1/programmes?${v}`) }));
rows.push(await measure("API facets only (kind+area+open)", `${api}?kind=training&area=security&open=true`));
rows.push(await measure("HTML catalogue search 安全, same URL", `${base}/programmes?q=${q}`));
rows.push(await measure("HTML catalogue search 安全, same URL, signed in", `${base}/programmes?q=${q}`, signedIn));
rows.push(await measure("HTML catalogue, 1,440 different searches", `${base}/programmes`, { paths: variedQueries(1).map((v) => `/programmes?${v}`) }));
rows.push(await measure("HTML programme page", `${base}/programmes/large-programme-4242`));
rows.push(await measure("HTML programme page, signed in", `${base}/programmes/large-programme-4242`, signedIn));

// A small page (rendered every time: signed-in requests skip the shared cache) alone, then while
// a cold search for 软件 (every programme matches it) runs in the same server, five times. Each
// of those searches has a start date nobody asked for before, so neither cache has its answer.
async function timed(url: string, init?: RequestInit) {
  const t = performance.now();
  await (await fetch(url, init)).arrayBuffer();
  return performance.now() - t;
}
const smallPage = `${base}/en/privacy`;
const idle: number[] = [];
for (let i = 0; i < 30; i++) idle.push(await timed(smallPage, signedIn));
const coldSearches: number[] = [];
const duringSearch: number[] = [];
for (let round = 0; round < 5; round++) {
  let searching = true;
  const search = timed(`${api}?q=${encodeURIComponent("软件")}&from=2020-0${round + 1}-0${1 + (Date.now() % 9)}`).then((ms) => {
    coldSearches.push(ms);
    searching = false;
  });
  while (searching) duringSearch.push(await timed(smallPage, signedIn));
  await search;
}
stop();
const median = (list: number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
const worst = (list: number[]) => Math.max(...list);

// The same API search without Next.js: node:http, the same query functions, the same file.
const { findProgrammes } = await import("../lib/catalogue/queries");
const { presentSummary } = await import("../lib/api/present");
const { parseCatalogueQueryLenient } = await import("../lib/catalogue/schema");
const raw = createServer(async (request, response) => {
  const now = new Date();
  const params = Object.fromEntries(new URL(request.url!, "http://x").searchParams);
  const result = await findProgrammes(parseCatalogueQueryLenient(params), now);
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify({ items: result.items.map((p) => presentSummary(p, now)), total: result.total, page: result.page, pageSize: result.pageSize, facets: result.facets }));
});
await new Promise<void>((resolve) => raw.listen(RAW_PORT, "127.0.0.1", resolve));
const rawRow = await measure("Raw node:http, search 安全, same URL", `http://127.0.0.1:${RAW_PORT}/?q=${q}`);
const rawVaried = await measure("Raw node:http, 1,440 different URLs", `http://127.0.0.1:${RAW_PORT}/`, { paths: variedQueries(2).map((v) => `/?${v}`) });
raw.close();

console.log(`\n${new Date().toISOString()} · ${connections} connections · ${duration} s each · ${values.database}\n`);
console.log("| route | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |\n| --- | --- | --- | --- | --- | --- | --- |");
for (const r of [...rows, rawRow, rawVaried]) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
const ratio = (app: Row, rawRow: Row) => (app.rps / rawRow.rps).toFixed(2);
console.log(`\nAPI search app/raw throughput: same URL ${ratio(rows[0], rawRow)} (signed in ${ratio(rows[1], rawRow)}), different URLs ${ratio(rows[2], rawVaried)}`);
const percentile = (list: number[], p: number) => [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))]!.toFixed(1);
console.log(`\nSmall page (/en/privacy, rendered): alone p50 ${percentile(idle, 50)} ms, p95 ${percentile(idle, 95)} ms (${idle.length} requests); ` +
  `while a cold 软件 search ran (5 searches: ${coldSearches.map((ms) => ms.toFixed(0)).join(", ")} ms): p50 ${percentile(duringSearch, 50)} ms, p95 ${percentile(duringSearch, 95)} ms, worst ${worst(duringSearch).toFixed(1)} ms (${duringSearch.length} requests)`);

// What a search nobody made before costs, in-process: queryCatalogue under a version no answer
// is cached for, median of 4.
const { queryCatalogue } = await import("../lib/search/queries");
const { catalogueQuery } = await import("../lib/catalogue/schema");
const { createPrismaClient } = await import("../lib/db-client");
const probe = createPrismaClient(process.env.DATABASE_URL, 1);
const someInstitution = (await probe.institution.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { slug: true } })).slug;
await probe.$disconnect();
const COLD: [string, Parameters<typeof catalogueQuery>[0]][] = [
  ["no search, no filter (7 facets)", {}],
  ["kind + area + open, no search", { kind: ["training"], area: ["security"], open: true }],
  ["one institution, no search", { institution: [someInstitution] }],
  ["安全", { q: "安全" }],
  ["安全 + kind + area", { q: "安全", kind: ["training"], area: ["security"] }],
  ["软件 (in every institution's name)", { q: "软件" }],
  ["软件 + kind + area", { q: "软件", kind: ["training"], area: ["security"] }],
];
let version = -1;
console.log("\n| query | results | ms |\n| --- | --- | --- |");
for (const [name, values] of COLD) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    total = (await queryCatalogue(catalogueQuery(values), { version: version--, stale: false, now: new Date() })).total;
    times.push(performance.now() - t);
  }
  console.log(`| ${name} | ${total.toLocaleString("en")} | ${median(times).toFixed(0)} |`);
}
process.exit(0);
