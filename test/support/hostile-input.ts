// Random and hostile form input for fast-check properties: the same schema-then-mutation path
// the server actions and API routes take must never throw, and refused input must change nothing.
import fc from "fast-check";

/** Values no form sends: control characters, lone surrogates, huge strings, markup, SQL, wrong types. */
export const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "a@b", "x".repeat(5000), "<script>alert(1)</script>", "'; DROP TABLE \"User\"; --", "𠀀".repeat(50), "+86 138 0013 8000", "admin@example.com", "12345678"),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }),
);

/** Objects whose fields are each either plausible (so some inputs pass) or hostile; sometimes not an object at all. */
export const formLike = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record(Object.fromEntries(Object.entries(fields).map(([k, valid]) => [k, fc.oneof(valid, hostile)])), { requiredKeys: [] }) },
    { weight: 1, arbitrary: hostile },
  );
