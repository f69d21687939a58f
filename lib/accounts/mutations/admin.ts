import "server-only";
import { db } from "../../db";
import { recordAudit } from "../../audit/mutations";
import type { Actor } from "../../auth/policy";
import type { RequestContext } from "../../auth/request";
import type { BureauRole } from "../../auth/roles";

// The bureau's administration of accounts. Callers have asked the policy ("admin.users.manage").

/** Disables or re-enables an account; disabling ends its sessions at once. Refuses one's own account. */
export async function setAccountDisabled(actor: Actor, userId: string, disabled: boolean, context: RequestContext): Promise<"done" | "not-found" | "self"> {
  if (userId === actor.id) return "self";
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!before) return "not-found";
    if (Boolean(before.disabledAt) === disabled) return "done";
    await tx.user.update({ where: { id: userId }, data: disabled ? { disabledAt: now, sessionVersion: { increment: 1 } } : { disabledAt: null } });
    await recordAudit(tx, {
      actorId: actor.id, action: disabled ? "account.disabled" : "account.enabled", subjectType: "user", subjectId: userId,
      data: { before: { disabledAt: before.disabledAt }, after: { disabledAt: disabled ? now : null } }, ip: context.ip,
    });
    return "done";
  });
}

/** Grants or removes a bureau role. Refuses changing one's own role (no admin can lock the bureau out). */
export async function setBureauRole(actor: Actor, userId: string, role: BureauRole | null, context: RequestContext): Promise<"done" | "not-found" | "self"> {
  if (userId === actor.id) return "self";
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { bureauRole: true } });
    if (!before) return "not-found";
    if (before.bureauRole === role) return "done";
    await tx.user.update({ where: { id: userId }, data: { bureauRole: role } });
    await recordAudit(tx, {
      actorId: actor.id, action: role ? "role.granted" : "role.revoked", subjectType: "user", subjectId: userId,
      data: { before: { bureauRole: before.bureauRole }, after: { bureauRole: role } }, ip: context.ip,
    });
    return "done";
  });
}
