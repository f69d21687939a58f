import "server-only";
import { db } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/routing";
import { renderEmail, type EmailTemplate } from "./templates";
import { smtpSender, type SendEmail } from "./transport";

type Client = Pick<typeof db, "outboxMessage"> | Prisma.TransactionClient;

/** Minutes to wait before the 2nd, 3rd, ... attempt; after the last, the message is marked failed. */
const BACKOFF_MINUTES = [1, 5, 30, 120, 720];
const MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1;
/** A claimed message not finished by then (the process died mid-send) is tried again. */
const SENDING_LEASE_MS = 5 * 60_000;

/**
 * Puts an email in the outbox, in the caller's transaction, so it is sent exactly when what caused
 * it is committed. Without SMTP configured it is kept as "stored" for /admin/outbox.
 */
export async function enqueueEmail(client: Client, to: string, locale: Locale, email: EmailTemplate, smtpConfigured = Boolean(env.SMTP_URL)) {
  const rendered = renderEmail(locale, email);
  await client.outboxMessage.create({
    data: { to, locale, template: email.template, ...rendered, status: outboxStatus(smtpConfigured) },
  });
}

/** A new message's status: waiting for delivery, or kept for /admin/outbox when no SMTP server is configured. */
export const outboxStatus = (smtpConfigured = Boolean(env.SMTP_URL)) => (smtpConfigured ? "pending" : "stored");

/**
 * Sends the messages that are due, each claimed first by a guarded update so two runners (the
 * scheduler and a request's sweep) never send one twice. Failures are retried with backoff and
 * end as "failed" with the last error, visible at /admin/outbox. Returns how many were sent.
 */
export async function deliverDueEmails(send: SendEmail | null = env.SMTP_URL ? smtpSender(env.SMTP_URL, env.MAIL_FROM) : null, now = new Date()): Promise<number> {
  if (!send) return 0;
  await db.outboxMessage.updateMany({ where: { status: "sending", nextAttemptAt: { lte: now } }, data: { status: "pending" } });
  let sent = 0;
  // Batch after batch until nothing is due (a failed message is rescheduled, so it is not due again).
  for (;;) {
    const batch = await deliverBatch(send, now);
    sent += batch.sent;
    if (batch.taken < BATCH) return sent;
  }
}

const BATCH = 20;

async function deliverBatch(send: SendEmail, now: Date): Promise<{ taken: number; sent: number }> {
  const due = await db.outboxMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
    select: { id: true, to: true, subject: true, text: true, html: true, attempts: true },
  });
  let sent = 0;
  for (const message of due) {
    const claimed = await db.outboxMessage.updateMany({
      where: { id: message.id, status: "pending", attempts: message.attempts },
      data: { status: "sending", attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + SENDING_LEASE_MS) },
    });
    if (!claimed.count) continue;
    try {
      await send({ to: message.to, subject: message.subject, text: message.text, html: message.html });
      // The body holds live links: once delivered (or given up), only its envelope is kept.
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "sent", sentAt: new Date(), lastError: null, text: "", html: "" } });
      sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: failed ? "failed" : "pending",
          ...(failed ? { text: "", html: "" } : {}),
          lastError: String((error as Error)?.message ?? error).slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + (failed ? 0 : BACKOFF_MINUTES[attempts - 1]) * 60_000),
        },
      });
    }
  }
  return { taken: due.length, sent };
}

// At most one delivery run per process: a burst of changes (200 applications at once) asks for
// delivery 200 times, and each extra run would only add writes competing with the requests.
let delivering = false;
let deliverAgain = false;

/** Sends due email now without making the caller wait (the scheduler would within seconds anyway). */
export function deliverSoon(): void {
  if (delivering) {
    deliverAgain = true;
    return;
  }
  delivering = true;
  void (async () => {
    do {
      deliverAgain = false;
      await deliverDueEmails();
    } while (deliverAgain);
  })()
    .catch((error: unknown) => console.error("email delivery", error))
    .finally(() => {
      delivering = false;
    });
}
