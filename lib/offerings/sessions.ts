// The sessions staff ask for, as instants: computed in the offering's time zone, so "every Tuesday
// at 19:00" stays at 19:00 local time across a daylight-saving change (where the zone has one).
import { calendarParts, isoWeekday, zonedInstant } from "./times";

const MINUTE = 60_000;

export interface SessionTimes { startsAt: Date; endsAt: Date }

/** One session on a local date, from one clock time to a later one. */
export function sessionTimes(input: { date: string; startTime: string; endTime: string }, timeZone: string): SessionTimes | null {
  const startsAt = zonedInstant(input.date, input.startTime, timeZone);
  const endsAt = zonedInstant(input.date, input.endTime, timeZone);
  return startsAt && endsAt && endsAt > startsAt ? { startsAt, endsAt } : null;
}

/**
 * A weekly series: for each of `weeks` consecutive weeks counted from the first date (that day and
 * the six after it), a session on each chosen weekday (ISO 1-7), or on the first date's own
 * weekday when none is chosen, at the same local time, lasting `durationMinutes`. In time order.
 */
export function weeklySeries(
  input: { firstDate: string; startTime: string; durationMinutes: number; weeks: number; weekdays: readonly string[] },
  timeZone: string,
): SessionTimes[] {
  const first = calendarParts(input.firstDate);
  if (!first) return [];
  const firstWeekday = isoWeekday(first);
  const days = input.weekdays.length ? input.weekdays.map(Number) : [firstWeekday];
  // Each chosen weekday's distance from the first date within its week (0-6).
  const offsets = [...new Set(days.map((d) => (d - firstWeekday + 7) % 7))].sort((a, b) => a - b);
  const out: SessionTimes[] = [];
  for (let week = 0; week < input.weeks; week++) {
    for (const offset of offsets) {
      const startsAt = zonedInstant(input.firstDate, input.startTime, timeZone, week * 7 + offset);
      if (startsAt) out.push({ startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * MINUTE) });
    }
  }
  return out;
}
