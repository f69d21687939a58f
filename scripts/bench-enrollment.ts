// `npm run bench:enrollment -- [--applications 2000] [--clients 50] [--capacity 500]`
// Applications per second in one process: `clients` concurrent callers apply (through the same
// lib/enrollment/mutations.ts the API uses) to one first-come offering in a fresh database
// (portal_bench_enrollment, on the portal's PostgreSQL server), then the seat count is checked
// against the confirmed rows. A benchmark, not a test.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { recreateDatabase } from "../lib/postgres/databases";

const { values } = parseArgs({ options: { applications: { type: "string", default: "2000" }, clients: { type: "string", default: "50" }, capacity: { type: "string", default: "500" } } });
const total = Number(values.applications);
const clients = Number(values.clients);
const capacity = Number(values.capacity);
// Run through scripts/with-db.ts (npm run bench:enrollment), which names the portal's server here.
// No module that reads lib/env may be imported before this line.
process.env.DATABASE_URL = await recreateDatabase(process.env.DATABASE_URL!, "portal_bench_enrollment");
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });

// Imported after DATABASE_URL names the benchmark's database.
const { createPrismaClient } = await import("../lib/db-client");
const { apply } = await import("../lib/enrollment/mutations");
const { transientRetries } = await import("../lib/transient");
const setup = createPrismaClient(process.env.DATABASE_URL);
const now = Date.now();
const DAY = 86_400_000;
const institution = await setup.institution.create({ data: { slug: "bench", kind: "training-centre", nameZh: "基准", nameEn: "Bench", status: "verified" } });
const programme = await setup.programme.create({
  data: {
    slug: "bench", institutionId: institution.id, kind: "training", area: "linux", admission: "first-come", status: "published", mode: "online",
    titleZh: "基准", titleEn: "Bench", summaryZh: "基准", summaryEn: "Bench",
    offerings: { create: { code: "a", startsAt: new Date(now + 20 * DAY), endsAt: new Date(now + 21 * DAY), opensAt: new Date(now - DAY), closesAt: new Date(now + 10 * DAY), capacity } },
  },
  select: { offerings: { select: { id: true } } },
});
const offeringId = programme.offerings[0]!.id;
await setup.user.createMany({
  data: Array.from({ length: total }, (_, i) => ({ id: `bench-user-${i}`, email: `bench-${i}@example.com`, name: `B${i}`, passwordHash: "x", emailVerifiedAt: new Date(), consentAt: new Date(), consentVersion: "2026-11" })),
});
const actor = (i: number) => ({ id: `bench-user-${i}`, email: `bench-${i}@example.com`, name: `B${i}`, locale: "zh-CN", emailVerified: true, bureauRole: null, memberships: [], via: "session" as const });

let next = 0;
const latencies: number[] = [];
const started = performance.now();
await Promise.all(Array.from({ length: clients }, async () => {
  for (let i = next++; i < total; i = next++) {
    const t = performance.now();
    const result = await apply(actor(i), offeringId);
    latencies.push(performance.now() - t);
    if (result.status !== "ok") throw new Error(`application ${i}: ${result.status}`);
  }
}));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
const offering = await setup.offering.findUniqueOrThrow({ where: { id: offeringId } });
const confirmed = await setup.enrollment.count({ where: { offeringId, state: "confirmed" } });
const waitlisted = await setup.enrollment.count({ where: { offeringId, state: "waitlisted" } });
console.log(`${new Date().toISOString()} · ${total} applications · ${clients} concurrent clients · capacity ${capacity}`);
console.log(`${(total / seconds).toFixed(0)} applications/s (${seconds.toFixed(2)} s); latency p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms`);
console.log(`confirmed ${confirmed}, waitlisted ${waitlisted}, seats taken ${offering.seatsTaken} (must equal confirmed, at most ${capacity})`);
console.log(`transactions retried after a deadlock: ${transientRetries.count} (of ${total} applications)`);
await setup.$disconnect();
process.exit(0);
