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

  it("counts the days left and flags a window closing within a week", () => {
    const state = enrollmentWindowState(offering({ closesAt: new Date(now.getTime() + 3 * DAY - 60_000) }), now);
    expect(state).toMatchObject({ kind: "open", closesInDays: 3, closingSoon: true });
  });

  it("says one day when less than a day is left", () => {
    const state = enrollmentWindowState(offering({ closesAt: new Date(now.getTime() + 60_000) }), now);
    expect(state).toMatchObject({ kind: "open", closesInDays: 1, closingSoon: true });
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

  it("does not depend on the machine's time zone", () => {
    // The unit project runs under America/Los_Angeles; the answer is in absolute time only.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe("Asia/Shanghai");
    expect(enrollmentWindowState(offering({ closesAt: new Date(now.getTime() + 7 * DAY) }), now)).toMatchObject({ closesInDays: 7, closingSoon: true });
    expect(enrollmentWindowState(offering({ closesAt: new Date(now.getTime() + 7 * DAY + 1) }), now)).toMatchObject({ closesInDays: 8, closingSoon: false });
  });
});

describe("hasEnded", () => {
  it("is true once the last session has ended", () => {
    expect(hasEnded({ endsAt: now }, now)).toBe(true);
    expect(hasEnded({ endsAt: new Date(now.getTime() + 1) }, now)).toBe(false);
  });
});
