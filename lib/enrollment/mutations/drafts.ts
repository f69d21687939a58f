import "server-only";
import { publicProgramme } from "../../catalogue/visibility";
import { db } from "../../db";
import type { Actor } from "../../auth/policy";

// What a person keeps for themselves: applications in progress and their private calendar feed.

/**
 * Keeps an application in progress (the values as typed, already cut to the set's own keys, and
 * the version of the questions the person was looking at). Nothing is kept once they have
 * applied (another tab's late "save" must not bring an unsubmitted draft back).
 */
export async function saveDraft(actor: Actor, offeringId: string, draft: { formVersion: number; values: Record<string, string>; step: number }): Promise<{ status: "ok"; savedAt: Date } | { status: "not-found" | "applied" }> {
  const offering = await db.offering.findFirst({ where: { id: offeringId, status: { not: "cancelled" }, programme: publicProgramme }, select: { id: true } });
  if (!offering) return { status: "not-found" };
  if (await db.enrollment.findUnique({ where: { activeKey: `${offeringId}:${actor.id}` }, select: { id: true } })) return { status: "applied" };
  const data = { formVersion: draft.formVersion, values: draft.values, step: draft.step };
  const saved = await db.applicationDraft.upsert({
    where: { userId_offeringId: { userId: actor.id, offeringId } },
    create: { userId: actor.id, offeringId, ...data },
    update: data,
    select: { updatedAt: true },
  });
  return { status: "ok", savedAt: saved.updatedAt };
}

/**
 * Starts the person's private calendar feed, or replaces its address (the old one stops working at
 * once). Generations only grow, so an address once revoked never works again; a stopped feed keeps
 * its last generation as a negative number.
 */
export async function renewCalendarFeed(actor: Actor): Promise<number> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarFeed: true } });
    const generation = Math.abs(user.calendarFeed ?? 0) + 1;
    await tx.user.update({ where: { id: actor.id }, data: { calendarFeed: generation } });
    return generation;
  });
}

/** Turns the calendar feed off: its address stops working. */
export async function stopCalendarFeed(actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarFeed: true } });
    if (user.calendarFeed !== null && user.calendarFeed > 0) await tx.user.update({ where: { id: actor.id }, data: { calendarFeed: -user.calendarFeed } });
  });
}

