import { describe, expect, it } from "vitest";
import { enrollmentWindowState, hasEnded, seatsLeft, type WindowInput } from "@/lib/catalogue/window";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-27T04:00:00Z"); // 12:00 in Chongqing

function offering(overrides: Partial<WindowInput> = {}): WindowInput {
  return {
    opensAt: new Date(now.getTime() - 10 * DAY),
    closesAt: new Date(now.getTime() + 20 * DAY),
    startsAt: new Date(now.getTime() + 30 * DAY),
    endsAt: new Date(now.getTime() + 31 * DAY),
    capacity: 30,
    seatsTaken: 10,
    status: "scheduled",
    timeZone: "Asia/Shanghai",
    ...overrides,
  };
}

describe("enrollmentWindowState", () => {
  it("is open, not closing soon, when the window has weeks left and seats are free", () => {
    expect(enrollmentWindowState(offering(), now)).toEqual({
      kind: "open",
      closesAt: offering().closesAt,
      closesInDays: 20,
      closingSoon: false,
    });
  });

  it("counts calendar days in the offering's zone: today, tomorrow, the day after", () => {
    // now is 12:00 on 27 November in Chongqing.
    const closing = (iso: string) => enrollmentWindowState(offering({ closesAt: new Date(iso) }), now);
    expect(closing("2026-11-27T15:59:00Z")).toMatchObject({ kind: "open", closesInDays: 0, closingSoon: true }); // 23:59 today
    expect(closing("2026-11-28T15:59:00Z")).toMatchObject({ closesInDays: 1 }); // 23:59 tomorrow
    expect(closing("2026-11-27T16:01:00Z")).toMatchObject({ closesInDays: 1 }); // 00:01 tomorrow
    expect(closing("2026-11-29T15:59:00Z")).toMatchObject({ closesInDays: 2 });
  });

  it("flags windows closing within 7 calendar days, not 8", () => {
    expect(enrollmentWindowState(offering({ closesAt: new Date("2026-12-04T15:59:00Z") }), now)).toMatchObject({ closesInDays: 7, closingSoon: true });
    expect(enrollmentWindowState(offering({ closesAt: new Date("2026-12-05T15:59:00Z") }), now)).toMatchObject({ closesInDays: 8, closingSoon: false });
  });

  it("reads the calendar in the offering's own zone", () => {
    // 20:00 UTC on 27 November is already the 28th in Chongqing but still the 27th in London.
    const late = new Date("2026-11-27T20:00:00Z");
    const closesAt = new Date("2026-11-28T10:00:00Z"); // 18:00 on the 28th in Chongqing, 10:00 on the 28th in London
    expect(enrollmentWindowState(offering({ closesAt, timeZone: "Asia/Shanghai" }), late)).toMatchObject({ closesInDays: 0 });
    expect(enrollmentWindowState(offering({ closesAt, timeZone: "Europe/London" }), late)).toMatchObject({ closesInDays: 1 });
  });

  it("is not yet open before opensAt, and open exactly at opensAt", () => {
    const opensAt = new Date(now.getTime() + 1);
    expect(enrollmentWindowState(offering({ opensAt }), now)).toEqual({ kind: "not-yet-open", opensAt });
    expect(enrollmentWindowState(offering({ opensAt: now }), now).kind).toBe("open");
  });

  it("is closed exactly at closesAt", () => {
    expect(enrollmentWindowState(offering({ closesAt: now }), now)).toEqual({ kind: "closed" });
  });

  it("closes when the offering starts even if closesAt is later", () => {
    const state = enrollmentWindowState(
      offering({ startsAt: new Date(now.getTime() - 1), closesAt: new Date(now.getTime() + 5 * DAY) }),
      now,
    );
    expect(state).toEqual({ kind: "closed" });
  });

  it("is full when every seat is taken, and never over capacity in seatsLeft", () => {
    expect(enrollmentWindowState(offering({ seatsTaken: 30 }), now).kind).toBe("full");
    expect(seatsLeft({ capacity: 30, seatsTaken: 31 })).toBe(0);
  });

  it("treats a missing capacity as unlimited", () => {
    expect(seatsLeft({ capacity: null, seatsTaken: 5000 })).toBeNull();
    expect(enrollmentWindowState(offering({ capacity: null, seatsTaken: 5000 }), now).kind).toBe("open");
  });

  it("reports cancellation above every other state", () => {
    expect(enrollmentWindowState(offering({ status: "cancelled", seatsTaken: 30 }), now)).toEqual({ kind: "cancelled" });
  });

  it("runs in a machine zone far from the offering's, so a reliance on local time would show", () => {
    // 02:00 on the 28th in Chongqing is still the 27th on this (Los Angeles) machine.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Los_Angeles");
    const early = new Date("2026-11-27T18:00:00Z");
    expect(enrollmentWindowState(offering({ closesAt: new Date("2026-11-28T15:59:00Z") }), early)).toMatchObject({ closesInDays: 0 });
  });
});

describe("hasEnded", () => {
  it("is true once the last session has ended", () => {
    expect(hasEnded({ endsAt: now }, now)).toBe(true);
    expect(hasEnded({ endsAt: new Date(now.getTime() + 1) }, now)).toBe(false);
  });
});
