// Calendar arithmetic in a given time zone. Instants are stored in UTC; what a person calls
// "today" or "the 3rd" depends on the offering's zone (Asia/Shanghai by default), never on the
// server's own zone.
import { TZDate } from "@date-fns/tz";

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** The calendar date of `instant` in `timeZone`, as [year, monthIndex, day]. */
export function calendarDate(instant: Date, timeZone: string): [number, number, number] {
  const local = new TZDate(instant.getTime(), timeZone);
  return [local.getFullYear(), local.getMonth(), local.getDate()];
}

/** Whole calendar days from `from` to `to` in `timeZone` (0 = same day, 1 = the next day). */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = calendarDate(from, timeZone);
  const b = calendarDate(to, timeZone);
  return Math.round((Date.UTC(b[0], b[1], b[2]) - Date.UTC(a[0], a[1], a[2])) / DAY_MS);
}

/** The instant of local time `hh:mm` on the day `dayOffset` days after `date` in `timeZone`. */
export function zonedDateTime(date: [number, number, number], dayOffset: number, time: string, timeZone: string): Date {
  const [h, m] = time.split(":").map(Number);
  // TZDate normalises day overflow (day 35 of a month) like Date does.
  return new Date(new TZDate(date[0], date[1], date[2] + dayOffset, h, m, timeZone).getTime());
}
