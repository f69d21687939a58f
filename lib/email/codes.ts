/** An outbox message's states (OutboxMessage.status); their names are under `outboxStatus`. */
export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed", "stored"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
