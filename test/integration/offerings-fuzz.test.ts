import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseIn } from "@/lib/i18n/validation";
import { addSessionSeries, cancelOffering, changeCapacity, createOffering } from "@/lib/offerings/mutations";
import { cancelOfferingSchema, capacitySchema, createOfferingSchema, sessionSeriesSchema } from "@/lib/offerings/schema";
import { questionEditorSchema, toEditorSteps, QUESTION_KINDS } from "@/lib/offerings/question-editor";
import { publishQuestionSet } from "@/lib/enrollment/mutations/question-sets";
import { overseasQuestions } from "@/prisma/seed/data/questions";
import { makeInstitution, makeOffering, makeProgramme, testDb } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

// The offering, session-series and questions-editor inputs under random and hostile values, on
// the same schema-then-mutation path the server actions take: nothing may throw (the action
// would answer a generic failure, the API a 500), every refusal carries a message, and refused
// input changes nothing.
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "x".repeat(6000), "<script>alert(1)</script>", "'; DROP TABLE \"Offering\"; --", "𠀀".repeat(50), "NaN", "1e308", "-1", "0x10", "２０３０-０１-０１"),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }),
);
/** Objects whose fields are each either plausible (so some inputs pass) or hostile; sometimes not an object at all. */
const formLike = (fields: Record<string, fc.Arbitrary<unknown>>, plausibleWeight = 4, allKeys = false) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.record(Object.fromEntries(Object.entries(fields).map(([k, valid]) => [k, fc.oneof({ weight: plausibleWeight, arbitrary: valid }, { weight: 1, arbitrary: hostile })])), allKeys ? {} : { requiredKeys: [] }) },
    { weight: 1, arbitrary: hostile },
  );
const locale = fc.constantFrom("zh-CN", "en" as const);
const pad = (n: number) => String(n).padStart(2, "0");
/** A datetime-local value in the given year (days up to 31: some do not exist). */
const localDateTime = (year: number) => fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), h: fc.integer({ min: 0, max: 23 }) })
  .map(({ m, d, h }) => `${year}-${pad(m)}-${pad(d)}T${pad(h)}:00`);
/** Mostly in order (opens, closes, starts, ends in successive years), sometimes not. */
const moment = (year: number) => fc.oneof({ weight: 12, arbitrary: localDateTime(year) }, { weight: 1, arbitrary: fc.integer({ min: 2029, max: 2032 }).chain(localDateTime) });
/** One of the good values nine times in ten, else one of the bad (many fields at once must all be good for an input to pass). */
const mostly = (good: string[], bad: string[]) => fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
const RUNS = 120;

async function setting() {
  const institution = await makeInstitution();
  const programme = await makeProgramme(institution.id);
  const user = await makeUser();
  await testDb.membership.create({ data: { userId: user.id, institutionId: institution.id, role: "owner" } });
  return { institution, programme, owner: await actorOf(user.id) };
}
const auditCount = (institutionId: string) => testDb.auditEvent.count({ where: { institutionId } });

describe("offerings under random and hostile input", () => {
  const accepted: Record<string, number> = {};
  afterAll(() => {
    // Both branches must have run, or the property proved little.
    for (const [name, n] of Object.entries(accepted)) expect(n, name).toBeGreaterThan(0);
  });

  it(`a new offering: ${RUNS} inputs, each refused with messages and nothing stored, or stored once`, async () => {
    const { programme, owner, institution } = await setting();
    accepted.offering = 0;
    await fc.assert(
      fc.asyncProperty(formLike({
        programmeId: mostly([programme.id], ["cnonexistent0000000000000", "../x"]),
        code: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/) }, { weight: 1, arbitrary: fc.constant("2030-spring") }),
        timeZone: mostly(["Asia/Shanghai", "Europe/London", ""], ["Mars/Olympus"]),
        opensAt: moment(2029), closesAt: moment(2030), startsAt: moment(2031), endsAt: moment(2032),
        capacity: mostly(["", "30"], ["0", "2.5", "100001"]), feeYuan: mostly(["", "0", "980"], ["-1"]),
        mode: mostly(["", "online", "in-person"], ["teleport"]), admission: mostly(["", "reviewed", "first-come"], ["lottery"]),
        venueZh: mostly(["", "两江新区软件园 B 栋"], ["\n", "x".repeat(201)]), venueEn: fc.string({ maxLength: 30 }), onlineUrl: mostly(["", "meet.example.cn/x"], ["javascript:alert(1)", "https://"]),
      }, 20, true), locale, async (input, lang) => {
        const [offerings, audits] = await Promise.all([testDb.offering.count({ where: { programmeId: programme.id } }), auditCount(institution.id)]);
        const parsed = parseIn(createOfferingSchema, input, lang);
        if (!parsed.success) {
          expect(parsed.error.issues.every((i) => i.message.length > 0)).toBe(true);
          expect(await testDb.offering.count({ where: { programmeId: programme.id } })).toBe(offerings);
          expect(await auditCount(institution.id)).toBe(audits);
          return;
        }
        const result = await createOffering(owner, parsed.data);
        if (result.status === "ok") accepted.offering!++;
        expect(["ok", "code-taken", "not-found"]).toContain(result.status);
        expect(await testDb.offering.count({ where: { programmeId: programme.id } })).toBe(offerings + (result.status === "ok" ? 1 : 0));
      }),
      { numRuns: RUNS },
    );
  });

  it(`a weekly series: ${RUNS} inputs, refused ones add nothing; never more than 200 sessions`, async () => {
    const { programme, owner } = await setting();
    const offering = await makeOffering(programme.id, { sessions: 0 });
    accepted.series = 0;
    await fc.assert(
      fc.asyncProperty(formLike({
        offeringId: fc.constant(offering.id),
        firstDate: fc.oneof(
          { weight: 4, arbitrary: fc.record({ y: fc.integer({ min: 2029, max: 2031 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }) },
          { weight: 1, arbitrary: fc.record({ y: fc.integer({ min: 1990, max: 2200 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 31 }) }) },
        ).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
        startTime: fc.constantFrom("08:00", "19:30", "19:30", "24:00", "7:00"),
        durationMinutes: fc.constantFrom("90", "90", "15", "720", "0", "721", "1.5"),
        weeks: fc.constantFrom("1", "4", "4", "52", "53", "0"),
        weekdays: fc.oneof(fc.subarray(["1", "2", "3", "4", "5", "6", "7"]), fc.constant(["8"]), fc.constant("3"), fc.constant(false)),
        venueZh: fc.string({ maxLength: 20 }), venueEn: fc.string({ maxLength: 20 }), url: fc.constantFrom("", "https://meet.example.cn/r"),
      }, 12, true), locale, async (input, lang) => {
        const before = await testDb.offeringSession.count({ where: { offeringId: offering.id } });
        const parsed = parseIn(sessionSeriesSchema, input, lang);
        if (!parsed.success) {
          expect(parsed.error.issues.every((i) => i.message.length > 0)).toBe(true);
          expect(await testDb.offeringSession.count({ where: { offeringId: offering.id } })).toBe(before);
          return;
        }
        const result = await addSessionSeries(owner, parsed.data);
        const after = await testDb.offeringSession.count({ where: { offeringId: offering.id } });
        if (result.status === "ok") accepted.series!++;
        expect(after).toBe(before + (result.status === "ok" ? result.added : 0));
        expect(after).toBeLessThanOrEqual(200);
      }),
      { numRuns: RUNS },
    );
    // Positions stay a gapless run in time order, whatever was added.
    const sessions = await testDb.offeringSession.findMany({ where: { offeringId: offering.id }, orderBy: { position: "asc" } });
    expect(sessions.map((s) => s.position)).toEqual(sessions.map((_, i) => i));
    expect(sessions.every((s, i) => i === 0 || s.startsAt >= sessions[i - 1]!.startsAt)).toBe(true);
  });

  it(`capacity and cancelling: ${RUNS} inputs, refused ones change nothing`, async () => {
    const { programme, owner } = await setting();
    const offering = await makeOffering(programme.id, { capacity: 10 });
    await fc.assert(
      fc.asyncProperty(formLike({ offeringId: fc.constantFrom(offering.id, "x".repeat(65), ""), capacity: fc.constantFrom("", "5", "0", "x", "100001"), reasonZh: fc.constantFrom("", " ", "原因"), reasonEn: fc.constantFrom("", "Reason", "\u0000") }), locale, async (input, lang) => {
        const before = await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } });
        const capacity = parseIn(capacitySchema, input, lang);
        if (capacity.success) expect(["ok", "below-taken", "not-found", "cancelled"]).toContain((await changeCapacity(owner, capacity.data)).status);
        // Cancelling is tried only with hostile reasons: a valid one would end the property's offering.
        const cancel = parseIn(cancelOfferingSchema, input, lang);
        if (!cancel.success) {
          expect(cancel.error.issues.every((i) => i.message.length > 0)).toBe(true);
          const after = await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } });
          expect(after.status).toBe(before.status);
          if (!capacity.success) expect(after.capacity).toBe(before.capacity);
        } else if (cancel.data.offeringId !== offering.id) {
          expect((await cancelOffering(owner, cancel.data)).status).toBe("not-found");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`the questions editor: ${RUNS} edits of a real set, each refused with messages and nothing published, or published once`, async () => {
    const { programme, owner } = await setting();
    const base = toEditorSteps(overseasQuestions);
    const field = fc.constantFrom("key", "kind", "labelZh", "labelEn", "helpEn", "required", "minLength", "maxLength", "min", "max", "step", "integer", "unitZh", "whenQuestion", "whenIn", "options");
    const plausible = fc.oneof(fc.constantFrom(...QUESTION_KINDS), fc.constantFrom("", "0", "5", "9.5", "-3", "abc", "language-test", "ielts", "toefl", "new-key"), fc.boolean(), fc.constant([]), fc.constant(["ielts"]), fc.string({ maxLength: 12 }));
    const edit = fc.record({ step: fc.nat(3), question: fc.nat(5), field, value: fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostile }) });
    accepted.questions = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 4 }), fc.boolean(), locale, async (edits, dropStep, lang) => {
        const steps: Record<string, unknown>[] = structuredClone(base) as never;
        for (const e of edits) {
          const step = steps[e.step % steps.length] as { questions: Record<string, unknown>[] };
          const question = step.questions[e.question % step.questions.length]!;
          question[e.field] = e.value;
        }
        if (dropStep) steps.pop();
        const before = await testDb.questionSet.count({ where: { programmeId: programme.id } });
        const parsed = parseIn(questionEditorSchema, { programmeId: programme.id, steps }, lang);
        if (!parsed.success) {
          expect(parsed.error.issues.every((i) => i.message.length > 0)).toBe(true);
          expect(await testDb.questionSet.count({ where: { programmeId: programme.id } })).toBe(before);
          return;
        }
        const result = await publishQuestionSet(owner, parsed.data.programmeId, parsed.data.set);
        accepted.questions!++;
        expect(await testDb.questionSet.count({ where: { programmeId: programme.id } })).toBe(before + (result.status === "ok" ? 1 : 0));
      }),
      { numRuns: RUNS },
    );
  });
});
