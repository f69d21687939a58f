// `npm run bench:reset-timing -- [--n 200]`
// How long a password-reset request takes to be answered for emails that have an account and for
// emails that do not, through the same lib/accounts/mutations/links.ts the form's action calls, in
// a fresh database (portal_bench_reset, on the portal's PostgreSQL server). Known and unknown
// requests are interleaved at random; each from its own address and for its own email, so every
// request passes both throttles as a real one does. The work after the answer (the lookup, the
// link and the email for known accounts) is awaited between requests and timed apart, so it
// never overlaps the next answer. A benchmark, not a test: the ratio of the two medians should be
// about 1 (the answer comes before the lookup, and the test in test/integration/accounts.test.ts
// holds that order).
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { recreateDatabase } from "../lib/postgres/databases";

const { values } = parseArgs({ options: { n: { type: "string", default: "200" } } });
const n = Number(values.n);

// Run through scripts/with-db.ts (npm run bench:reset-timing), which names the portal's server here.
// No module that reads lib/env may be imported before this line.
process.env.DATABASE_URL = await recreateDatabase(process.env.DATABASE_URL!, "portal_bench_reset");
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });
const { db } = await import("../lib/db");
const { hashPassword } = await import("../lib/auth/password");
const { requestPasswordReset } = await import("../lib/accounts/mutations/links");

const passwordHash = await hashPassword("bench password phrase");
const now = new Date();
const known = Array.from({ length: n + 20 }, (_, i) => `bench-reset-${i}@example.com`);
await db.user.createMany({ data: known.map((email) => ({ email, name: "基准", passwordHash, consentAt: now, consentVersion: "2026-11", emailVerifiedAt: now })) });
const unknown = Array.from({ length: n + 20 }, (_, i) => `nobody-${i}@example.com`);
const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

type Kind = "known" | "unknown";
const answers: Record<Kind, number[]> = { known: [], unknown: [] };
const after: Record<Kind, number[]> = { known: [], unknown: [] };
let request = 0;
async function one(kind: Kind, index: number, record: boolean) {
  const email = kind === "known" ? known[index] : unknown[index];
  const started = performance.now();
  const answer = await requestPasswordReset(email, { ip: address(request++) });
  const answered = performance.now();
  await answer.queued;
  if (answer.status !== "ok") throw new Error(`request ${request}: ${answer.status}`);
  if (record) {
    answers[kind].push(answered - started);
    after[kind].push(performance.now() - answered);
  }
}

// Warm-up (connections, prepared statements, JIT), not recorded.
for (let i = 0; i < 20; i++) await one(i % 2 ? "known" : "unknown", n + i, false);
const order: Kind[] = [...Array<Kind>(n).fill("known"), ...Array<Kind>(n).fill("unknown")];
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const next: Record<Kind, number> = { known: 0, unknown: 0 };
for (const kind of order) await one(kind, next[kind]++, true);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const row = (label: string, figures: Record<Kind, number[]>) => {
  const [mk, mu, pk, pu] = [percentile(figures.known, 50), percentile(figures.unknown, 50), percentile(figures.known, 95), percentile(figures.unknown, 95)];
  console.log(`| ${label} | ${ms(mk)} | ${ms(mu)} | ${(mk / mu).toFixed(3)} | ${ms(pk)} | ${ms(pu)} | ${(pk / pu).toFixed(3)} |`);
};
console.log(`Password-reset requests, ${n} for known and ${n} for unknown emails, interleaved at random`);
console.log("| | median, known | median, unknown | ratio | p95, known | p95, unknown | ratio |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
row("answer", answers);
row("work after the answer", after);
await db.$disconnect();
