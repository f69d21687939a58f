import fc from "fast-check";
import jsQR from "jsqr";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { checkInCodeOf, checkInPayload, isShortCodeOf, qrPath, readCheckInCode, shortCheckInCode } from "@/lib/attendance/code";
import { completionOpensAt, completionPlan, meetsThreshold, sessionsNeeded } from "@/lib/attendance/completion";
import { checkInSchema, CODE_MAX, completionSchema, nameQuerySchema, thresholdSchema } from "@/lib/attendance/schema";

// The check-in code (what a place's QR code says, and its short form), the rules by which
// attendance feeds completion, and the check-in inputs under random and hostile values.

const KEY = "unit-test-check-in-key";
const OTHER_KEY = "another-server's-key";
const ID = "cm4x0k2p10000abcd1234efgh";
const UUID = "3f2c9a1e-7b4d-4c8e-9f10-2a3b4c5d6e7f";

describe("check-in codes", () => {
  it("round trip: the QR payload and the short code name their enrollment, in any case, with spaces and hyphens as typed", () => {
    for (const id of [ID, UUID]) {
      const payload = checkInPayload(id, KEY);
      expect(payload).toMatch(/^CQCI:[A-Z0-9-]+:[0-9A-HJKMNP-TV-Z]{16}$/);
      expect(readCheckInCode(payload, KEY)).toEqual({ kind: "qr", enrollmentId: id });
      expect(readCheckInCode(` ${payload.toLowerCase()}\n`, KEY)).toEqual({ kind: "qr", enrollmentId: id });
      const short = shortCheckInCode(id, KEY);
      expect(short).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      for (const typed of [short, short.toLowerCase(), short.replace("-", " "), ` ${short.replace("-", "")} `]) {
        const read = readCheckInCode(typed, KEY);
        expect(read.kind).toBe("short");
        expect(read.kind === "short" && isShortCodeOf(read.code, id, KEY)).toBe(true);
      }
    }
  });

  it("reads the letters people mistake for digits as those digits (O as 0, I and L as 1)", () => {
    const id = Array.from({ length: 200 }, (_, i) => `${ID.slice(0, -3)}${String(i).padStart(3, "0")}`).find((x) => /[01]/.test(shortCheckInCode(x, KEY)))!;
    const short = shortCheckInCode(id, KEY);
    const mistyped = short.replace(/0/g, "o").replace(/1/g, "l");
    const read = readCheckInCode(mistyped, KEY);
    expect(read.kind === "short" && isShortCodeOf(read.code, id, KEY)).toBe(true);
  });

  it("refuses forgeries: an altered check, another enrollment's id with this check, or a code made with another key", () => {
    const payload = checkInPayload(ID, KEY);
    const last = payload.at(-1)!;
    expect(readCheckInCode(payload.slice(0, -1) + (last === "A" ? "B" : "A"), KEY)).toEqual({ kind: "forged" });
    expect(readCheckInCode(payload.replace(ID.toUpperCase(), UUID.toUpperCase()), KEY)).toEqual({ kind: "forged" });
    expect(readCheckInCode(checkInPayload(ID, OTHER_KEY), KEY)).toEqual({ kind: "forged" });
    expect(readCheckInCode("CQCI:not a payload", KEY)).toEqual({ kind: "forged" });
    expect(readCheckInCode(`CQCI:${ID}:${"0".repeat(16)}`, KEY)).toEqual({ kind: "forged" });
  });

  it("another enrollment's code is not this one's: codes differ per enrollment and per key", () => {
    expect(checkInPayload(ID, KEY)).not.toBe(checkInPayload(UUID, KEY));
    expect(shortCheckInCode(ID, KEY)).not.toBe(shortCheckInCode(UUID, KEY));
    const read = readCheckInCode(shortCheckInCode(UUID, KEY), KEY);
    expect(read.kind === "short" && isShortCodeOf(read.code, ID, KEY)).toBe(false);
    expect(shortCheckInCode(ID, KEY)).not.toBe(shortCheckInCode(ID, OTHER_KEY));
    // The short code is not a piece of the QR payload: knowing one does not give the other.
    expect(checkInPayload(ID, KEY)).not.toContain(shortCheckInCode(ID, KEY).replace("-", ""));
  });

  it("anything else is unreadable: web addresses, payment codes, empty or half-typed codes", () => {
    for (const text of ["", "   ", "https://example.com/pay", "7K3M-Q9T", "7K3M-Q9TXX", "UUUU-UUUU", "签到码", "\u0000".repeat(8)]) {
      expect(readCheckInCode(text, KEY), text).toEqual({ kind: "unreadable" });
    }
  });

  it("only confirmed and completed places have a code", () => {
    expect(checkInCodeOf({ id: ID, state: "confirmed" }, KEY)).toEqual({ payload: checkInPayload(ID, KEY), short: shortCheckInCode(ID, KEY) });
    expect(checkInCodeOf({ id: ID, state: "completed" }, KEY)).not.toBeNull();
    for (const state of ["submitted", "waitlisted", "offered", "withdrawn", "cancelled", "rejected", "declined", "expired", "no-show"]) {
      expect(checkInCodeOf({ id: ID, state }, KEY), state).toBeNull();
    }
  });

  it("uses QR's alphanumeric mode (the smallest symbol) and draws a symbol a decoder reads back", () => {
    const payload = checkInPayload(ID, KEY);
    expect(QRCode.create(payload, { errorCorrectionLevel: "M" }).segments.every((s) => s.mode.id === "Alphanumeric")).toBe(true);
    const { size, d } = qrPath(payload);
    // Rasterise the path (each run is "M{x} {y}h{n}v1h-{n}z") at 4 pixels a module, and decode it.
    const scale = 4;
    const side = size * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++) {
        for (let col = Number(x) * scale; col < (Number(x) + Number(n)) * scale; col++) pixels.fill(0, (row * side + col) * 4, (row * side + col) * 4 + 3);
      }
    }
    expect(jsQR(pixels, side, side)?.data).toBe(payload);
  });

  it("property: every id the portal makes round-trips, and changing any one character of a payload's check is caught", () => {
    const ids = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/);
    fc.assert(fc.property(ids, fc.nat(15), fc.constantFrom(..."0123456789ABCDEFGHJKMNPQRSTVWXYZ"), (id, at, c) => {
      const payload = checkInPayload(id, KEY);
      expect(readCheckInCode(payload, KEY)).toEqual({ kind: "qr", enrollmentId: id });
      const check = payload.slice(-16);
      if (check[at] === c) return;
      const altered = payload.slice(0, -16) + check.slice(0, at) + c + check.slice(at + 1);
      expect(readCheckInCode(altered, KEY)).toEqual({ kind: "forged" });
    }), { numRuns: 300 });
  });
});

describe("attendance feeds completion", () => {
  it("at or above the threshold: 4 of 5 is 80%, 3 of 5 is not; whole-number arithmetic, no rounding at the edge", () => {
    expect(meetsThreshold(4, 5, 80)).toBe(true);
    expect(meetsThreshold(3, 5, 80)).toBe(false);
    expect(meetsThreshold(2, 3, 67)).toBe(false); // 66.66…%
    expect(meetsThreshold(2, 3, 66)).toBe(true);
    expect(meetsThreshold(1, 1, 100)).toBe(true);
    expect(meetsThreshold(0, 0, 1)).toBe(false);
    expect([sessionsNeeded(5, 80), sessionsNeeded(6, 80), sessionsNeeded(3, 67), sessionsNeeded(10, 1)]).toEqual([4, 5, 3, 1]);
  });

  it("splits people into completed, no-show (attended nothing) and below (left as they are)", () => {
    const people = [0, 1, 3, 4, 5].map((attended, i) => ({ id: `p${i}`, attended }));
    const plan = completionPlan(people, 5, 80);
    expect(plan.complete.map((p) => p.attended)).toEqual([4, 5]);
    expect(plan.noShow.map((p) => p.attended)).toEqual([0]);
    expect(plan.below.map((p) => p.attended)).toEqual([1, 3]);
    expect(completionPlan(people, 0, 80)).toEqual({ complete: [], noShow: [], below: people });
  });

  it("property: every person lands in exactly one group, and sessionsNeeded agrees with meetsThreshold", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 100 }), fc.array(fc.nat(60), { maxLength: 30 }), (total, threshold, counts) => {
      const people = counts.map((n) => ({ attended: Math.min(n, total) }));
      const plan = completionPlan(people, total, threshold);
      expect(plan.complete.length + plan.noShow.length + plan.below.length).toBe(people.length);
      for (const p of people) expect(meetsThreshold(p.attended, total, threshold)).toBe(p.attended >= sessionsNeeded(total, threshold));
    }));
  });

  it("opens when the last session starts, or when the offering ends if that is sooner", () => {
    const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
    expect(completionOpensAt([{ startsAt: at(9) }, { startsAt: at(14) }, { startsAt: at(10) }], at(16))).toEqual(at(14));
    expect(completionOpensAt([{ startsAt: at(18) }], at(16))).toEqual(at(16));
    expect(completionOpensAt([], at(16))).toEqual(at(16));
  });
});

describe("check-in inputs", () => {
  it("take a code or a name's place, and nothing else", () => {
    expect(checkInSchema.parse({ by: "code", sessionId: "s1", code: "  7k3m-q9tx " })).toEqual({ by: "code", sessionId: "s1", code: "7k3m-q9tx" });
    expect(checkInSchema.parse({ by: "name", sessionId: "s1", enrollmentId: UUID })).toEqual({ by: "name", sessionId: "s1", enrollmentId: UUID });
    expect(checkInSchema.safeParse({ by: "code", sessionId: "s1", code: "x".repeat(CODE_MAX + 1) }).error?.issues[0]?.message).toBe(`text_too_long:${CODE_MAX}`);
    expect(checkInSchema.safeParse({ by: "code", sessionId: "s1", code: "\ud800" }).error?.issues[0]?.message).toBe("text_invalid_character");
    expect(checkInSchema.safeParse({ by: "name", sessionId: "s1", enrollmentId: "'; DROP TABLE" }).error?.issues[0]?.message).toBe("not_found");
    expect(checkInSchema.safeParse({ by: "magic", sessionId: "s1" }).success).toBe(false);
  });

  it("threshold: a whole number from 1 to 100, typed or given", () => {
    expect(thresholdSchema.parse("80")).toBe(80);
    expect(thresholdSchema.parse(100)).toBe(100);
    expect(["0", 101, "80.5", "", "abc", null].map((v) => thresholdSchema.safeParse(v).error?.issues[0]?.message)).toEqual(
      ["answer_too_small:1", "answer_too_large:100", "answer_whole_number", "answer_whole_number", "answer_whole_number", "answer_whole_number"],
    );
    expect(completionSchema.safeParse({ offeringId: "o1", threshold: 80, mark: "cancelled" }).success).toBe(false);
  });

  it("the name search reads anything unusable as no search", () => {
    expect(nameQuerySchema.parse("  王芳 ")).toBe("王芳");
    expect(nameQuerySchema.parse(undefined)).toBe("");
    expect(nameQuerySchema.parse("x".repeat(101))).toBe("");
    expect(nameQuerySchema.parse("\ud800")).toBe("");
  });

  const hostile = fc.oneof(
    fc.string(), fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "binary", maxLength: 50 }),
    fc.constantFrom("", " ", "\u0000", "\ud800", "x".repeat(5000), "CQCI:", "<script>", "'; DROP TABLE \"Attendance\"; --"),
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 }),
  );
  const plausible = fc.record({
    by: fc.oneof(fc.constantFrom("code", "name"), hostile),
    sessionId: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,30}$/), hostile),
    code: fc.oneof(fc.constant(checkInPayload(ID, KEY)), fc.constant(shortCheckInCode(ID, KEY)), hostile),
    enrollmentId: fc.oneof(fc.constant(UUID), hostile),
  }, { requiredKeys: [] });

  it("property: any input is either refused with a message on a path, or parsed into a bounded, storable value", () => {
    let accepted = 0;
    fc.assert(fc.property(fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: hostile }), (input) => {
      const parsed = checkInSchema.safeParse(input);
      if (!parsed.success) {
        expect(parsed.error.issues.length).toBeGreaterThan(0);
        for (const issue of parsed.error.issues) expect(typeof issue.message).toBe("string");
        return;
      }
      accepted++;
      expect(parsed.data.sessionId).toMatch(/^[a-z0-9-]{1,64}$/i);
      if (parsed.data.by === "code") {
        expect(parsed.data.code.length).toBeLessThanOrEqual(CODE_MAX);
        expect(parsed.data.code).not.toMatch(/[\u0000\uD800-\uDFFF]/u);
        // Reading a code never throws, whatever it is.
        expect(["qr", "forged", "short", "unreadable"]).toContain(readCheckInCode(parsed.data.code, KEY).kind);
      } else {
        expect(parsed.data.enrollmentId).toMatch(/^[a-z0-9-]{1,64}$/i);
      }
    }), { numRuns: 1000 });
    expect(accepted).toBeGreaterThan(0);
  });
});
