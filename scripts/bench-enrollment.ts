// `npm run bench:enrollment -- [--applications 2000] [--clients 50] [--capacity 500] [--processes 1] [--offerings 1]`
// Applications per second: `clients` concurrent callers, shared among `processes` app processes,
// apply (through the same lib/enrollment/mutations.ts the API uses, each process with its own
// connection pool, as app instances have) to first-come offerings (one by default, each with
// `capacity` places; applicant i applies to offering i mod `offerings`) in a fresh database
// (portal_bench_enrollment, on the portal's PostgreSQL server); then the seat counts are checked
// against the confirmed rows. A benchmark, not a test.
import { execFileSync, spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { recreateDatabase } from "../lib/postgres/databases";

const { values } = parseArgs({
  options: {
    applications: { type: "string", default: "2000" },
    clients: { type: "string", default: "50" },
    capacity: { type: "string", default: "500" },
    processes: { type: "string", default: "1" },
    offerings: { type: "string", default: "1" },
    // Internal: run as one of the processes, taking applications start, start + step, ...
    worker: { type: "string" },
    offering: { type: "string" },
  },
});
const total = Number(values.applications);
const clients = Number(values.clients);
const processes = Number(values.processes);

type Report = { latencies: number[]; retries: number };

if (values.worker !== undefined) {
  // One app process: DATABASE_URL names the benchmark's database (set by the parent).
  const [start, step] = values.worker.split("/").map(Number) as [number, number];
  const { apply } = await import("../lib/enrollment/mutations/changes");
  const { transientRetries } = await import("../lib/db-errors");
  const actor = (i: number) => ({ id: `bench-user-${i}`, email: `bench-${i}@example.com`, name: `B${i}`, locale: "zh-CN", emailVerified: true, bureauRole: null, memberships: [], via: "session" as const });
  const mine = Array.from({ length: total }, (_, i) => i).filter((i) => i % step === start);
  // Loaded: wait for the parent's signal, so that every process starts applying at once.
  process.send!("ready");
  await new Promise((resolve) => process.once("message", resolve));
  let next = 0;
  const latencies: number[] = [];
  await Promise.all(Array.from({ length: Math.ceil(clients / step) }, async () => {
    for (let k = next++; k < mine.length; k = next++) {
      const t = performance.now();
      const offerings = values.offering!.split(",");
      const result = await apply(actor(mine[k]!), offerings[mine[k]! % offerings.length]!);
      latencies.push(performance.now() - t);
      if (result.status !== "ok") throw new Error(`application ${mine[k]}: ${result.status}`);
    }
  }));
  process.send!({ latencies, retries: transientRetries.count } satisfies Report, () => process.exit(0));
  await new Promise(() => {});
}

// Run through scripts/with-db.ts (npm run bench:enrollment), which names the portal's server here.
// No module that reads lib/env may be imported before this line.
process.env.DATABASE_URL = await recreateDatabase(process.env.DATABASE_URL!, "portal_bench_enrollment");
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });
const { createPrismaClient } = await import("../lib/db-client");
const setup = createPrismaClient(process.env.DATABASE_URL, 2);
const capacity = Number(values.capacity);
const now = Date.now();
const DAY = 86_400_000;
const institution = await setup.institution.create({ data: { slug: "bench", kind: "training-centre", nameZh: "基准", nameEn: "Bench", status: "verified" } });
const programme = await setup.programme.create({
  data: {
    slug: "bench", institutionId: institution.id, kind: "training", area: "linux", admission: "first-come", status: "published", mode: "online",
    titleZh: "基准", titleEn: "Bench", summaryZh: "基准", summaryEn: "Bench",
    offerings: {
      create: Array.from({ length: Number(values.offerings) }, (_, i) => ({
        code: `o${i}`, startsAt: new Date(now + 20 * DAY), endsAt: new Date(now + 21 * DAY), opensAt: new Date(now - DAY), closesAt: new Date(now + 10 * DAY), capacity,
      })),
    },
  },
  select: { offerings: { select: { id: true } } },
});
const offeringIds = programme.offerings.map((o) => o.id);
await setup.user.createMany({
  data: Array.from({ length: total }, (_, i) => ({ id: `bench-user-${i}`, email: `bench-${i}@example.com`, name: `B${i}`, passwordHash: "x", emailVerifiedAt: new Date(), consentAt: new Date(), consentVersion: "2026-11" })),
});

// The app processes load their modules first; the clock starts when all are told to go.
const workers = Array.from({ length: processes }, (_, i) =>
  spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), ...process.execArgv, process.argv[1]!, ...process.argv.slice(2), "--worker", `${i}/${processes}`, "--offering", offeringIds.join(",")], {
    env: process.env, stdio: ["ignore", "inherit", "inherit", "ipc"],
  }));
const reportsOf = workers.map((child, i) => new Promise<Report>((resolve, reject) => {
  child.on("message", (message) => message !== "ready" && resolve(message as Report));
  child.on("exit", (code) => code !== 0 && reject(new Error(`worker ${i} exited with ${code}`)));
}));
await Promise.all(workers.map((child) => new Promise((resolve) => child.once("message", resolve))));
const started = performance.now();
for (const child of workers) child.send("go");
const reports = await Promise.all(reportsOf);
const seconds = (performance.now() - started) / 1000;
const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
const seatsTaken = (await setup.offering.aggregate({ _sum: { seatsTaken: true } }))._sum.seatsTaken;
const confirmed = await setup.enrollment.count({ where: { state: "confirmed" } });
const waitlisted = await setup.enrollment.count({ where: { state: "waitlisted" } });
console.log(`${new Date().toISOString()} · ${total} applications · ${clients} concurrent clients in ${processes} process(es) · ${offeringIds.length} offering(s) of ${capacity} places`);
console.log(`${(total / seconds).toFixed(0)} applications/s (${seconds.toFixed(2)} s); latency p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms`);
console.log(`confirmed ${confirmed}, waitlisted ${waitlisted}, seats taken ${seatsTaken} (must equal confirmed, at most ${capacity} per offering)`);
console.log(`transactions retried after a deadlock: ${reports.reduce((sum, r) => sum + r.retries, 0)} (of ${total} applications)`);
await setup.$disconnect();
process.exit(0);
