import "server-only";
import { randomUUID } from "node:crypto";
import { forgetExpiredSessions } from "../auth/mutations";
import { deliverDueEmails } from "../email/mutations";
import { expireOffers } from "../enrollment/mutations/changes";
import { refreshStaleSearchDocuments } from "../search/mutations";
import { acquireLease } from "./mutations";

// The one scheduler for timed work (DECISIONS.md): an interval in each server process, but only
// the process holding the lease runs the jobs. Reads never do this work: they compute the state
// as of now (an offer past its deadline shows as expired, a window that opened shows as open).

const HOLDER = randomUUID();

/** Everything timed, once: offers past their deadline expire (moving waitlists up), search documents whose windows moved are rewritten, email goes out, then records of ended sessions whose tokens have all expired are dropped. */
export async function runScheduledJobs(now = new Date()): Promise<void> {
  const jobs: [string, () => Promise<unknown>][] = [
    ["offer expiry", () => expireOffers(now)],
    ["search refresh", () => refreshStaleSearchDocuments(now)],
    ["email", () => deliverDueEmails(undefined, now)],
    ["ended sessions", () => forgetExpiredSessions(now)],
  ];
  // Each on its own: one failing job must not hold back the others (stale search documents would
  // otherwise be recomputed on every read until the failing one recovers).
  for (const [name, job] of jobs) await job().catch((error: unknown) => console.error(`scheduler: ${name}`, error));
}

export function startScheduler(intervalMs = 10_000): void {
  const tick = async () => {
    if (await acquireLease("jobs", HOLDER, intervalMs * 3)) await runScheduledJobs();
  };
  const run = () => void tick().catch((error: unknown) => console.error("scheduler", error));
  setInterval(run, intervalMs).unref();
  run();
}
