// The state of an offering's enrollment window, as people see it on a programme page.
import { calendarDaysBetween } from "../dates";

/** A window closing within this many calendar days is flagged as closing soon. */
export const CLOSING_SOON_DAYS = 7;

export interface WindowInput {
  opensAt: Date;
  closesAt: Date;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  seatsTaken: number;
  status: string;
  timeZone: string;
}

export type WindowState =
  | { kind: "cancelled" }
  | { kind: "not-yet-open"; opensAt: Date }
  | { kind: "open"; closesAt: Date; closesInDays: number; closingSoon: boolean }
  | { kind: "full"; closesAt: Date }
  | { kind: "closed" };

/** Seats still free; null when the offering has no capacity limit. Never negative. */
export function seatsLeft(o: Pick<WindowInput, "capacity" | "seatsTaken">): number | null {
  return o.capacity === null ? null : Math.max(0, o.capacity - o.seatsTaken);
}

/**
 * The window's state at `now`. The window is open from opensAt (inclusive) to closesAt
 * (exclusive), and never after the offering has started: nobody can join a course already under
 * way. `closesInDays` counts calendar days in the offering's time zone: 0 = closes today,
 * 1 = closes tomorrow.
 */
export function enrollmentWindowState(o: WindowInput, now: Date): WindowState {
  if (o.status === "cancelled") return { kind: "cancelled" };
  const t = now.getTime();
  const closesAt = new Date(Math.min(o.closesAt.getTime(), o.startsAt.getTime()));
  if (t >= closesAt.getTime()) return { kind: "closed" };
  if (t < o.opensAt.getTime()) return { kind: "not-yet-open", opensAt: o.opensAt };
  if (seatsLeft(o) === 0) return { kind: "full", closesAt };
  const closesInDays = calendarDaysBetween(now, closesAt, o.timeZone);
  return { kind: "open", closesAt, closesInDays, closingSoon: closesInDays <= CLOSING_SOON_DAYS };
}

/** Whether the offering is over (its last session has ended). */
export function hasEnded(o: Pick<WindowInput, "endsAt">, now: Date): boolean {
  return o.endsAt.getTime() <= now.getTime();
}
