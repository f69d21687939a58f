import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyProgramme, changeProgrammeStatus, createExpert, createProgramme, saveDraft, type EditorOutcome } from "@/lib/programmes/mutations";
import { applyProgrammeSchema, newExpertSchema, newProgrammeSchema, saveDraftSchema, statusChangeSchema } from "@/lib/programmes/schema";
import { ADMISSIONS, AREAS, AWARDS, FUNDING, LANGUAGES, LEVELS, MODES, PROGRAMME_KINDS, TRAINING_TRACKS } from "@/lib/catalogue/codes";
import { parseIn } from "@/lib/i18n/validation";
import type { Actor } from "@/lib/auth/policy";
import type { z } from "@/lib/zod";
import { makeInstitution, testDb, uniqueToken } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

// Random and hostile values thrown at the editor's schema-then-mutation path, as its server actions
// take it: nothing may throw (a 5xx), every refusal comes with messages, and a refused input (by
// the schema or by the mutation) changes nothing: not the programme, its experts, its working copy
// or the audit trail.
afterAll(() => testDb.$disconnect());

const RUNS = 120;
const CURRENT = "<current version>";
const hostile = fc.oneof(
  fc.string(), fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "x".repeat(25_000), "<script>alert(1)</script>", "'; DROP TABLE \"Programme\"; --", "𠀀".repeat(40), "Bad Slug", "-a-", "İstanbul"),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }),
);
/** Mostly plausible, sometimes hostile. */
const mostly = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: hostile });
const text = (words: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });
/**
 * Forms as people and attackers fill them, so that both refusals and successes happen often: every
 * field plausible; one field hostile; any field hostile; or not a form at all.
 */
const record = (fields: Record<string, fc.Arbitrary<unknown>>) => {
  const plausible = fc.record(fields);
  const oneHostile = fc.tuple(plausible, fc.constantFrom(...Object.keys(fields)), hostile).map(([values, name, bad]) => ({ ...values, [name]: bad }));
  const anyHostile = fc.record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, mostly(v)])), { requiredKeys: [] });
  return fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 4, arbitrary: oneHostile }, { weight: 2, arbitrary: anyHostile }, { weight: 1, arbitrary: hostile });
};

/** A valid value most of the time, an odd one (out of range, wrong format) now and then. */
const usually = <T,>(valid: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: odd });
const fields = {
  titleZh: text(["嵌入式实训", "Linux 运维"]), titleEn: text(["Embedded training", "Linux operations"]),
  summaryZh: text(["面向在职工程师"]), summaryEn: text(["For engineers"]), bodyZh: text(["## 内容\n- 驱动"]), bodyEn: text(["## Content"]),
  certificateZh: text(["结业证书", ""]), certificateEn: text(["Certificate", ""]), eligibilityZh: text(["在职", ""]), eligibilityEn: text(["In work", ""]),
  area: fc.constantFrom(...AREAS), level: fc.constantFrom("", ...LEVELS), mode: fc.constantFrom(...MODES), admission: fc.constantFrom(...ADMISSIONS),
  language: fc.constantFrom(...LANGUAGES),
  feeYuan: usually(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom(-1, 20_000_001, 1.5, Number.NaN)),
  slug: usually(fc.constantFrom("fuzzed-programme", "fuzzed-programme-2"), fc.oneof(fc.constantFrom("x", "Bad Slug", "-a-"), fc.stringMatching(/^[a-z0-9-]{1,12}$/))),
  award: fc.constantFrom("", ...AWARDS), track: fc.constantFrom("", ...TRAINING_TRACKS),
  durationMonths: usually(fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constant("")), fc.constantFrom(0, -1, 121, 2.5)),
  hours: usually(fc.integer({ min: 1, max: 200 }), fc.constantFrom(0, -1, 10_001, 2.5, Number.NaN)),
  country: usually(fc.constantFrom("", "IE", "JP"), fc.constantFrom("CN", "XX", "ie")),
  hostInstitutionId: fc.constantFrom("", "nosuchinstitution"), funding: fc.constantFrom("", ...FUNDING), employerRecommendation: fc.boolean(),
  experts: fc.constantFrom([], ["nosuchexpert"]),
};

let institutionId = "";
let programmeId = "";
let version = "";
let editor: Actor;
const accepted: Record<string, number> = {};
const count = (name: string) => (accepted[name] = (accepted[name] ?? 0) + 1);

beforeAll(async () => {
  const institution = await makeInstitution();
  institutionId = institution.id;
  const user = await makeUser();
  await testDb.membership.create({ data: { userId: user.id, institutionId, role: "editor" } });
  editor = await actorOf(user.id);
  const created = await createProgramme(editor, newProgrammeSchema.parse({ institutionId, kind: "training", area: "linux", titleZh: "模糊测试", titleEn: "Fuzzed" }), { ip: null });
  programmeId = created.status === "ok" ? created.id : "";
  version = (await testDb.programme.findUniqueOrThrow({ where: { id: programmeId } })).updatedAt.toISOString();
});
afterAll(() => {
  // Both branches must have run, or the property proved little.
  for (const name of ["draft", "apply", "status", "create", "expert"]) expect(accepted[name], name).toBeGreaterThan(0);
});

/** Everything a refused input must leave as it was. */
async function snapshot() {
  const [programme, experts, audit, programmes, expertCount] = await Promise.all([
    testDb.programme.findUniqueOrThrow({ where: { id: programmeId } }),
    testDb.programmeExpert.findMany({ where: { programmeId }, orderBy: { position: "asc" } }),
    testDb.auditEvent.count({ where: { institutionId } }),
    testDb.programme.count({ where: { institutionId } }),
    testDb.expert.count(),
  ]);
  return JSON.stringify({ programme, experts, audit, programmes, expertCount });
}

const target = fc.record({
  institutionId: fc.oneof({ weight: 10, arbitrary: fc.constant("<institution>") }, { weight: 1, arbitrary: hostile }),
  programmeId: fc.oneof({ weight: 10, arbitrary: fc.constant("<programme>") }, { weight: 1, arbitrary: fc.constantFrom("nosuchprogramme", "a/b") }),
  version: fc.oneof({ weight: 6, arbitrary: fc.constant(CURRENT) }, { weight: 1, arbitrary: fc.constantFrom("2020-01-01T00:00:00.000Z", "yesterday", "") }),
});
/** The placeholders made real: this test's institution, programme and current version. */
const real = (value: unknown) => (value === "<institution>" ? institutionId : value === "<programme>" ? programmeId : value === CURRENT ? version : value);
const withTarget = (input: unknown, t: Record<string, unknown>) =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? { ...input, ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, real(v)])) } : input;

/** Parses as the action would; a refusal must name something and change nothing; otherwise runs the mutation. */
async function attempt<S extends z.ZodType, R>(schema: S, input: unknown, locale: "zh-CN" | "en", run: (parsed: z.output<S>) => Promise<R>, ok: (result: R) => boolean): Promise<R | null> {
  const before = await snapshot();
  const parsed = parseIn(schema, input, locale);
  if (!parsed.success) {
    expect(parsed.error.issues.length).toBeGreaterThan(0);
    expect(parsed.error.issues.every((i) => i.message.length > 0)).toBe(true);
    expect(await snapshot()).toBe(before);
    return null;
  }
  const result = await run(parsed.data);
  if (!ok(result)) expect(await snapshot()).toBe(before);
  return result;
}

const outcomeOk = (o: EditorOutcome) => o.status === "ok";
const track = (o: EditorOutcome | null) => {
  if (o?.status === "ok") version = o.state.version;
  return o;
};
const locale = fc.constantFrom("zh-CN" as const, "en" as const);

describe("the programme editor under random and hostile input", () => {
  it(`autosave: ${RUNS} working copies, each refused (nothing changed) or kept`, async () => {
    await fc.assert(fc.asyncProperty(record(fields), target, locale, async (input, t, lang) => {
      const result = track(await attempt(saveDraftSchema, withTarget(input, t), lang, (p) => saveDraft(editor, p), outcomeOk));
      if (result?.status === "ok") count("draft");
    }), { numRuns: RUNS });
  });

  it(`save and publish: ${RUNS} inputs, each refused (nothing changed) or applied`, async () => {
    await fc.assert(fc.asyncProperty(record(fields), target, fc.constantFrom("save" as const, "publish" as const), locale, async (input, t, mode, lang) => {
      const result = track(await attempt(applyProgrammeSchema, withTarget(input, t), lang, (p) => applyProgramme(editor, p, mode, { ip: null }), outcomeOk));
      if (result?.status === "ok") count("apply");
    }), { numRuns: RUNS });
  });

  it(`unpublish, archive, restore, discard: ${RUNS} inputs`, async () => {
    await fc.assert(fc.asyncProperty(fc.record({ change: mostly(fc.constantFrom("unpublish", "archive", "restore", "discard")) }), target, locale, async (input, t, lang) => {
      const result = track(await attempt(statusChangeSchema, withTarget(input, t), lang, (p) => changeProgrammeStatus(editor, p, { ip: null }), outcomeOk));
      if (result?.status === "ok") count("status");
    }), { numRuns: RUNS });
  });

  it(`new programmes: ${RUNS} inputs, none created when refused`, async () => {
    const input = record({ kind: fc.constantFrom(...PROGRAMME_KINDS), area: fc.constantFrom(...AREAS), titleZh: text(["新项目", ""]), titleEn: text(["New", ""]) });
    await fc.assert(fc.asyncProperty(input, target, locale, async (values, t, lang) => {
      const result = await attempt(newProgrammeSchema, withTarget(values, { institutionId: t.institutionId }), lang, (p) => createProgramme(editor, p, { ip: null }), (r) => r.status === "ok");
      if (result?.status === "ok") count("create");
    }), { numRuns: RUNS });
  });

  it(`new experts: ${RUNS} inputs, none created when refused`, async () => {
    const token = uniqueToken("x");
    const input = record({
      nameZh: text(["王专家"]), nameEn: text([`Expert ${token}`]), affiliationZh: text(["大学"]), affiliationEn: text(["University"]),
      country: fc.constantFrom("IE", "CN", "ZZ", ""), bioZh: text([""]), bioEn: text([""]),
    });
    await fc.assert(fc.asyncProperty(input, target, locale, async (values, t, lang) => {
      const result = await attempt(newExpertSchema, withTarget(values, { institutionId: t.institutionId }), lang, (p) => createExpert(editor, p, { ip: null }), (r) => r.status === "ok");
      if (result?.status === "ok") count("expert");
    }), { numRuns: RUNS });
  });
});
