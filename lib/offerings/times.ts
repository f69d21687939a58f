// Dates and clock times as staff type them, in the offering's own time zone (DECISIONS.md: times
// are stored in UTC; each offering has a zone, Asia/Shanghai by default). Pure, for the browser
// and the server alike: the form checks what the server checks.
import { TZDate } from "@date-fns/tz";

export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** What an <input type="datetime-local"> gives: "2027-03-01T09:00". */
export const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::00(?:\.0+)?)?$/;

/** Years staff may plan in: anything else is a typing slip. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** Whether `zone` is an IANA time zone this platform knows ("Asia/Shanghai", "Europe/London", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!/^(?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2}|UTC)$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The date's parts when it is a real calendar date in range ("2027-02-30" is not). */
export function calendarParts(date: string): [number, number, number] | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d ? [y, m - 1, d] : null;
}

/**
 * The instant of local `date` ("YYYY-MM-DD") at `time` ("HH:mm") in `timeZone`, plus `addDays`
 * calendar days; null when either is not a real date or time. A time skipped by a daylight-saving
 * change (02:30 on the spring-forward night) moves on, as clocks do.
 */
export function zonedInstant(date: string, time: string, timeZone: string, addDays = 0): Date | null {
  const day = calendarParts(date);
  const clock = TIME.exec(time);
  if (!day || !clock) return null;
  return new Date(new TZDate(day[0], day[1], day[2] + addDays, Number(clock[1]), Number(clock[2]), timeZone).getTime());
}

/** A datetime-local value ("2027-03-01T09:00") read in `timeZone`; null when it is not one. */
export function fromLocalDateTime(value: string, timeZone: string): Date | null {
  const match = DATE_TIME.exec(value);
  return match ? zonedInstant(match[1]!, match[2]!, timeZone) : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The local date ("YYYY-MM-DD") and time ("HH:mm") of `instant` in `timeZone`, as the form shows them. */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), timeZone);
  return { date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`, time: `${pad(local.getHours())}:${pad(local.getMinutes())}` };
}

/** `instant` as a datetime-local value in `timeZone`. */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const { date, time } = localParts(instant, timeZone);
  return `${date}T${time}`;
}

/** The ISO weekday (1 = Monday ... 7 = Sunday) of a local date. */
export function isoWeekday(date: [number, number, number]): number {
  const day = new Date(Date.UTC(date[0], date[1], date[2])).getUTCDay();
  return day === 0 ? 7 : day;
}
