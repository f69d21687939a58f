import { describe, expect, it } from "vitest";
import { calendarDate, calendarDaysBetween, zonedDateTime } from "@/lib/dates";

// This project runs under America/Los_Angeles: every answer below must be about the named zone.
describe("zoned calendar arithmetic", () => {
  it("gives the calendar date in the named zone, not the machine's", () => {
    const instant = new Date("2026-11-27T18:00:00Z"); // 02:00 on the 28th in Chongqing, 10:00 on the 27th in LA
    expect(calendarDate(instant, "Asia/Shanghai")).toEqual([2026, 10, 28]);
    expect(calendarDate(instant, "America/Los_Angeles")).toEqual([2026, 10, 27]);
  });

  it("builds local times in the named zone, rolling over months and years", () => {
    expect(zonedDateTime([2026, 10, 27], 0, "14:30", "Asia/Shanghai").toISOString()).toBe("2026-11-27T06:30:00.000Z");
    expect(zonedDateTime([2026, 10, 27], 35, "00:00", "Asia/Shanghai").toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(zonedDateTime([2026, 11, 31], 1, "09:00", "Asia/Shanghai").toISOString()).toBe("2027-01-01T01:00:00.000Z");
    expect(zonedDateTime([2026, 10, 27], -30, "23:59", "Asia/Shanghai").toISOString()).toBe("2026-10-28T15:59:00.000Z");
  });

  it("keeps local clock time across daylight-saving changes in zones that have them", () => {
    // Europe/Berlin leaves summer time on 25 October 2026.
    expect(zonedDateTime([2026, 9, 24], 0, "10:00", "Europe/Berlin").toISOString()).toBe("2026-10-24T08:00:00.000Z");
    expect(zonedDateTime([2026, 9, 24], 2, "10:00", "Europe/Berlin").toISOString()).toBe("2026-10-26T09:00:00.000Z");
  });

  it("counts calendar days between instants in the named zone", () => {
    const a = new Date("2026-11-27T15:00:00Z"); // 23:00 on the 27th in Chongqing
    const b = new Date("2026-11-27T17:00:00Z"); // 01:00 on the 28th in Chongqing
    expect(calendarDaysBetween(a, b, "Asia/Shanghai")).toBe(1);
    expect(calendarDaysBetween(a, b, "Europe/London")).toBe(0);
    expect(calendarDaysBetween(b, a, "Asia/Shanghai")).toBe(-1);
  });
});
