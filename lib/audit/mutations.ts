import "server-only";
import { db } from "../db";
import type { Db } from "../db-client";
import { countAttempt } from "../throttle/mutations";
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "./actions";

type Client = Pick<Db, "auditEvent"> | Prisma.TransactionClient;

export interface AuditEntry {
  /** The person acting; null for anonymous attempts and system jobs. */
  actorId: string | null;
  /** A system job's name, when no person acts. */
  actorLabel?: string;
  action: AuditAction;
  subjectType: "user" | "email" | "api-token" | "membership" | "enrollment" | "action" | "institution" | "invitation" | "offering" | "programme" | "expert";
  subjectId: string;
  institutionId?: string;
  /** What changed ({ before, after }) or what the record needs; never passwords or secrets. */
  data?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends to the audit trail, inside the caller's transaction when given one. */
export async function recordAudit(client: Client, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: entry.actorId,
      actorLabel: entry.actorLabel,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      institutionId: entry.institutionId,
      data: (entry.data ?? {}) as Prisma.InputJsonValue,
      ip: entry.ip ?? null,
    },
  });
}

/**
 * Records that the policy refused a signed-in person an action: at most once per person and action
 * in 15 minutes, so probing cannot flood the append-only trail.
 */
export async function recordRefusal(actorId: string, action: string, policy: string): Promise<void> {
  const { firstRefused } = await countAttempt(`refused:${actorId}:${action}`, 0, 15 * 60_000);
  if (firstRefused) await recordAudit(db, { actorId, action: "action.refused", subjectType: "action", subjectId: action, data: { policy } });
}
