import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { answerSnapshot, answersSchema, askedKeys, questionSetSchema, questionsOf, readSnapshot, stepKeys, type QuestionSet } from "@/lib/enrollment/questions";
import { fieldMessages, parseIn, ruleMessage } from "@/lib/i18n/validation";
import { degreeQuestions, overseasQuestions } from "@/prisma/seed/data/questions";

const problems = (set: QuestionSet, values: unknown) => {
  const result = answersSchema(set).safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};
const statement = "我想系统学习软件质量保证方法，回来后在团队推行代码评审与持续集成，带出更多能独立负责模块的工程师。谢谢。";

describe("application questions", () => {
  it("accept the demo definitions and refuse broken ones (duplicate keys, a condition on a later or non-choice question)", () => {
    expect(questionSetSchema.safeParse(overseasQuestions).success).toBe(true);
    expect(questionSetSchema.safeParse(degreeQuestions).success).toBe(true);
    const [step] = overseasQuestions.steps;
    const duplicate = { steps: [step, { ...step, key: "again" }] };
    expect(questionSetSchema.safeParse(duplicate).success).toBe(false);
    const forward = { steps: [{ ...step, questions: [...step!.questions].reverse() }] };
    expect(questionSetSchema.safeParse(forward).success).toBe(false);
  });

  it("refuse definitions nobody could answer: a range upside down, a condition on a value the choice does not offer", () => {
    const set = structuredClone(overseasQuestions);
    const score = set.steps[0]!.questions[1]!;
    if (score.kind === "number") score.min = 10;
    expect(questionSetSchema.safeParse(set).success).toBe(false);
    const other = structuredClone(overseasQuestions);
    other.steps[0]!.questions[1]!.when = { question: "language-test", in: ["gre"] };
    expect(questionSetSchema.safeParse(other).success).toBe(false);
  });

  it("follow chains of conditions: hiding a question hides what depends on it, even with its old answer still in the form", () => {
    const chain: QuestionSet = {
      steps: [{
        key: "s", title: { zh: "步", en: "Step" },
        questions: [
          { key: "a", kind: "choice", required: true, label: { zh: "甲", en: "A" }, options: [{ value: "x", label: { zh: "x", en: "x" } }, { value: "z", label: { zh: "z", en: "z" } }] },
          { key: "b", kind: "choice", required: true, when: { question: "a", in: ["x"] }, label: { zh: "乙", en: "B" }, options: [{ value: "y", label: { zh: "y", en: "y" } }, { value: "n", label: { zh: "n", en: "n" } }] },
          { key: "c", kind: "text", required: true, maxLength: 10, when: { question: "b", in: ["y"] }, label: { zh: "丙", en: "C" } },
          { key: "constructor", kind: "text", required: false, maxLength: 10, label: { zh: "丁", en: "D" } },
        ],
      }],
    };
    expect(questionSetSchema.safeParse(chain).success).toBe(true);
    expect([...askedKeys(chain, { a: "x", b: "y" })]).toEqual(["a", "b", "c", "constructor"]);
    expect([...askedKeys(chain, { a: "z", b: "y", c: "kept in the form" })]).toEqual(["a", "constructor"]);
    // An optional question whose key is also an Object method is simply unanswered.
    expect(answersSchema(chain).parse({ a: "z", b: "y", c: "old" })).toEqual({ a: "z", constructor: null });
  });

  it("name each unanswered required question, and ask a score only for the test chosen", () => {
    expect(problems(overseasQuestions, {})).toEqual({
      "language-test": "answer_choose", "years-experience": "answer_required", statement: "answer_required",
    });
    expect(askedKeys(overseasQuestions, { "language-test": "ielts" }).has("ielts-score")).toBe(true);
    expect(stepKeys(overseasQuestions, 0, { "language-test": "toefl" })).toEqual(["language-test", "toefl-score"]);
    expect(stepKeys(overseasQuestions, 0, { "language-test": "none" })).toEqual(["language-test"]);
    expect(problems(overseasQuestions, { "language-test": "toefl", "years-experience": "3", statement })).toEqual({ "toefl-score": "answer_required" });
  });

  it("check ranges, whole numbers, lengths in characters and choices, naming the limit", () => {
    const base = { "language-test": "ielts", "years-experience": "3", statement };
    expect(problems(overseasQuestions, { ...base, "ielts-score": "9.5" })).toEqual({ "ielts-score": "answer_too_large:9" });
    expect(problems(overseasQuestions, { ...base, "ielts-score": "6,5" })).toEqual({ "ielts-score": "answer_number" });
    expect(problems(overseasQuestions, { ...base, "ielts-score": "6.3" })).toEqual({ "ielts-score": "answer_step:0.5" });
    expect(problems(overseasQuestions, { ...base, "ielts-score": "7" })).toEqual({});
    expect(problems(overseasQuestions, { ...base, "ielts-score": "6.5", "years-experience": "2.5" })).toEqual({ "years-experience": "answer_whole_number" });
    expect(problems(overseasQuestions, { ...base, "ielts-score": "6.5", statement: "太短了" })).toEqual({ statement: "answer_too_short:50" });
    expect(problems(overseasQuestions, { ...base, "ielts-score": "6.5", statement: "字".repeat(2001) })).toEqual({ statement: "answer_too_long:2000" });
    // 2000 Chinese characters are 2000, not 6000 bytes.
    expect(problems(overseasQuestions, { ...base, "ielts-score": "6.5", statement: "字".repeat(2000) })).toEqual({});
    expect(problems(overseasQuestions, { ...base, "language-test": "gre" })).toEqual({ "language-test": "invalid_choice" });
  });

  it("store numbers as numbers, trim text, drop answers to questions not asked or not in the set", () => {
    const result = answersSchema(overseasQuestions).parse({
      "language-test": "ielts", "ielts-score": " 6.5 ", "toefl-score": "100", "years-experience": 4, "current-role": "  ", statement: ` ${statement} `, extra: "x",
    });
    expect(result).toEqual({ "language-test": "ielts", "ielts-score": 6.5, "years-experience": 4, "current-role": null, statement });
    const snapshot = answerSnapshot(overseasQuestions, result);
    expect(snapshot.questions.map((q) => q.key)).toEqual(["language-test", "ielts-score", "years-experience", "current-role", "statement"]);
    expect(snapshot.questions[0]).toMatchObject({ label: { zh: "您参加过哪项英语考试？" }, options: expect.arrayContaining([expect.objectContaining({ value: "ielts" })]) });
    expect(readSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(readSnapshot({ statement: "hello" })).toBeNull();
  });

  it("put rule messages into words in both languages, with the limit", () => {
    expect(ruleMessage("answer_too_long:2000", "zh-CN")).toBe("最多 2000 个字");
    expect(ruleMessage("answer_too_long:2000", "en")).toBe("Use at most 2000 characters");
    expect(ruleMessage("answer_too_small:1970", "en")).toBe("Must be at least 1970");
    const parsed = parseIn(answersSchema(degreeQuestions), { "graduation-year": "1900" }, "zh-CN");
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(fieldMessages(parsed.error, "zh-CN")).toEqual({ "highest-education": "请选择一项", "graduation-year": "不能小于 1970", statement: "请填写此项" });
    }
  });

  it("never throw, whatever is sent, and never keep an answer to a question not asked (fast-check, 300 runs)", () => {
    const keys = [...questionsOf(overseasQuestions).map((q) => q.key), "extra"];
    const value = fc.oneof(fc.string({ maxLength: 60 }), fc.double(), fc.integer(), fc.constant(null), fc.boolean(), fc.constantFrom("ielts", "toefl", "cet6", "none", "6.5", "100", ""));
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.constantFrom(...keys), value), fc.anything()), (input) => {
        const result = answersSchema(overseasQuestions).safeParse(input);
        if (result.success) {
          const asked = askedKeys(overseasQuestions, input as Record<string, unknown>);
          for (const key of Object.keys(result.data)) expect(asked.has(key)).toBe(true);
        } else {
          for (const issue of result.error.issues) expect(ruleMessage(issue.message, "en")).not.toMatch(/^[a-z_]+(:|$)/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
