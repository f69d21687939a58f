import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseIn } from "@/lib/i18n/validation";
import { applicantFilterSchema, BULK_MAX, bulkActionSchema, ROSTER_COLUMNS, ROSTER_FORMATS, rosterExportSchema } from "@/lib/roster/schema";
import { ENROLLMENT_STATES, REJECTION_REASONS } from "@/lib/enrollment/states";
import { DECISION_MESSAGE_MAX } from "@/lib/enrollment/schema";

// The inputs of the bulk action and of the roster export, under random and hostile values: parsing
// never throws, refusals carry message keys, and what passes is within bounds.

const hostile = fc.oneof(
  fc.string(), fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "x".repeat(2000), "'; DROP TABLE \"Enrollment\"; --", "../../etc/passwd", "approve", "csv", "name,email"),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.object({ maxDepth: 1 }),
);
/** Mostly plausible values (so some inputs pass), sometimes anything. */
const mostly = <T,>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: other });
const id = mostly(fc.stringMatching(/^[a-z0-9-]{1,64}$/), hostile);

describe("the bulk action's input", () => {
  const input = fc.record({
    offeringId: id,
    enrollmentIds: mostly(fc.oneof(fc.array(id, { maxLength: 5 }), fc.array(id, { maxLength: BULK_MAX + 20 })), hostile),
    action: mostly(fc.constantFrom("approve", "reject", "complete", "no-show"), hostile),
    reasonCode: mostly(fc.constantFrom(...REJECTION_REASONS), hostile),
    message: mostly(fc.string({ maxLength: DECISION_MESSAGE_MAX + 10 }), hostile),
  }, { requiredKeys: [] });

  it("parses anything without throwing; what passes names 1 to 200 distinct ids, and a rejection its reason and message", () => {
    let passed = 0;
    fc.assert(fc.property(fc.oneof(input, hostile), fc.constantFrom("zh-CN", "en" as const), (value, locale) => {
      const parsed = parseIn(bulkActionSchema, value, locale);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) expect(issue.message.length).toBeGreaterThan(0);
        return;
      }
      passed++;
      const ids = parsed.data.enrollmentIds;
      expect(ids.length).toBeGreaterThanOrEqual(1);
      expect(ids.length).toBeLessThanOrEqual(BULK_MAX);
      expect(new Set(ids).size).toBe(ids.length);
      for (const one of ids) expect(one).toMatch(/^[a-z0-9-]{1,64}$/i);
      if (parsed.data.action === "reject") {
        expect(REJECTION_REASONS).toContain(parsed.data.reasonCode);
        expect(parsed.data.message.trim().length).toBeGreaterThan(0);
      }
    }), { numRuns: 400 });
    expect(passed).toBeGreaterThan(0);
  });

  it("refuses more than the bound, and an empty selection", () => {
    const many = Array.from({ length: BULK_MAX + 1 }, (_, i) => `e${i}`);
    expect(bulkActionSchema.safeParse({ offeringId: "o1", enrollmentIds: many, action: "approve" }).success).toBe(false);
    expect(bulkActionSchema.safeParse({ offeringId: "o1", enrollmentIds: [], action: "approve" }).success).toBe(false);
    expect(bulkActionSchema.parse({ offeringId: "o1", enrollmentIds: ["a", "a", "b"], action: "complete" }).enrollmentIds).toEqual(["a", "b"]);
  });
});

describe("the export's parameters", () => {
  const param = fc.oneof(fc.constantFrom(...ROSTER_FORMATS, ...ROSTER_COLUMNS, ...ENROLLMENT_STATES, "zh-CN", "en", "name,email", ",", ""), fc.string({ maxLength: 30 }));
  const query = fc.record({
    format: mostly(fc.constantFrom(...ROSTER_FORMATS), fc.oneof(param, fc.array(param, { maxLength: 3 }))),
    columns: mostly(fc.oneof(fc.subarray([...ROSTER_COLUMNS], { minLength: 1 }), fc.subarray([...ROSTER_COLUMNS], { minLength: 1 }).map((c) => c.join(","))), fc.oneof(param, fc.array(param, { maxLength: 12 }))),
    state: mostly(fc.subarray([...ENROLLMENT_STATES], { minLength: 1 }), fc.oneof(param, fc.array(param, { maxLength: 12 }))),
    lang: mostly(fc.constantFrom("zh-CN", "en"), param),
    other: param,
  }, { requiredKeys: [] });

  it("parses any query without throwing; what passes has a known format and language, known distinct columns and states", () => {
    let passed = 0;
    fc.assert(fc.property(query, (value) => {
      const parsed = parseIn(rosterExportSchema, value, "en");
      if (!parsed.success) {
        for (const issue of parsed.error.issues) expect(issue.message.length).toBeGreaterThan(0);
        return;
      }
      passed++;
      const { format, columns, state, lang } = parsed.data;
      expect(ROSTER_FORMATS).toContain(format);
      expect(columns.length).toBeGreaterThan(0);
      expect(new Set(columns).size).toBe(columns.length);
      for (const c of columns) expect(ROSTER_COLUMNS).toContain(c);
      if (state) for (const s of state) expect(ENROLLMENT_STATES).toContain(s);
      if (lang) expect(["zh-CN", "en"]).toContain(lang);
    }), { numRuns: 500 });
    expect(passed).toBeGreaterThan(0);
  });

  it("takes repeated and comma-separated columns in the order given, all columns by default", () => {
    expect(rosterExportSchema.parse({}).columns).toEqual([...ROSTER_COLUMNS]);
    expect(rosterExportSchema.parse({ columns: ["email,name", "email", "answers"] }).columns).toEqual(["email", "name", "answers"]);
    expect(rosterExportSchema.safeParse({ columns: "" }).success).toBe(false);
    expect(rosterExportSchema.safeParse({ format: ["csv", "xlsx"] }).success).toBe(false);
  });
});

describe("the list's filters from the URL", () => {
  it("never throws and falls back to no filter for what it cannot read", () => {
    fc.assert(fc.property(fc.record({ state: hostile, q: hostile, page: hostile }, { requiredKeys: [] }), (value) => {
      const filter = applicantFilterSchema.parse(value);
      if (filter.state) expect(ENROLLMENT_STATES).toContain(filter.state);
      if (filter.q !== undefined) expect(filter.q.length).toBeGreaterThan(0);
      expect(filter.page).toBeGreaterThanOrEqual(1);
    }), { numRuns: 300 });
    expect(applicantFilterSchema.parse({ state: ["waitlisted", "confirmed"], q: "  王  ", page: "2" })).toEqual({ state: "waitlisted", q: "王", page: 2 });
    expect(applicantFilterSchema.parse({ state: "nope", q: "\ud800", page: "-3" })).toEqual({ state: undefined, q: undefined, page: 1 });
  });
});
