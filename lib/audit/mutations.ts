import "server-only";
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "./actions";

type Client = Pick<Db, "auditEvent"> | Prisma.TransactionClient;

export interface AuditEntry {
  /** The person acting; null for anonymous attempts and system jobs. */
  actorId: string | null;
  /** A system job's name, when no person acts. */
  actorLabel?: string;
  action: AuditAction;
  subjectType: "user" | "email" | "api-token" | "membership" | "enrollment";
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
