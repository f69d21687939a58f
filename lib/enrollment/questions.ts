// A programme's own application questions, as data (issue 5: "defined per programme as versioned
// data, validated on client and server from the same definition"). `questionSetSchema` checks a
// definition before it is stored; `answersSchema(set)` builds the one zod schema that the
// multi-step form (in the browser), the server action and the API route all parse answers with.
// Rule messages are keys of the `validation` namespace, with a limit after a colon
// ("answer_too_long:200"); lib/i18n/validation.ts and the forms put them into words.
import { z } from "../zod";
import { hasInvalidCharacter } from "../text";

const bilingual = z.object({ zh: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) });
const key = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

const common = {
  key,
  label: bilingual,
  help: bilingual.optional(),
  required: z.boolean(),
  /** Asked only when another question's answer is one of these values (e.g. a score once a test is chosen). */
  when: z.object({ question: key, in: z.array(z.string()).min(1) }).optional(),
};

export const questionSchema = z.discriminatedUnion("kind", [
  z.object({ ...common, kind: z.literal("text"), maxLength: z.int().min(1).max(500) }),
  z.object({ ...common, kind: z.literal("long-text"), minLength: z.int().min(0).max(5000), maxLength: z.int().min(1).max(5000) }),
  z.object({
    ...common, kind: z.literal("number"), min: z.number(), max: z.number(), integer: z.boolean(), unit: bilingual.optional(),
    /** Answers must be a multiple of this (an IELTS band goes in halves: 0.5). */
    step: z.number().positive().optional(),
  }),
  z.object({ ...common, kind: z.literal("choice"), options: z.array(z.object({ value: key, label: bilingual })).min(2).max(30) }),
]);
export type Question = z.infer<typeof questionSchema>;

export const questionSetSchema = z
  .object({ steps: z.array(z.object({ key, title: bilingual, questions: z.array(questionSchema).min(1).max(20) })).min(1).max(6) })
  .superRefine((set, ctx) => {
    // Only sets someone can answer: unique keys, sane limits, conditions on earlier choice questions' real options.
    const seen = new Map<string, Question>();
    for (const question of set.steps.flatMap((s) => s.questions)) {
      if (seen.has(question.key)) ctx.addIssue({ code: "custom", message: `duplicate question key ${question.key}` });
      if (question.kind === "number" && question.min > question.max) ctx.addIssue({ code: "custom", message: `${question.key}: min is above max` });
      if (question.kind === "long-text" && question.minLength > question.maxLength) ctx.addIssue({ code: "custom", message: `${question.key}: minLength is above maxLength` });
      if (question.when) {
        const parent = seen.get(question.when.question);
        if (parent?.kind !== "choice") {
          ctx.addIssue({ code: "custom", message: `${question.key} depends on ${question.when.question}, which must be an earlier choice question` });
        } else if (question.when.in.some((value) => !parent.options.some((o) => o.value === value))) {
          ctx.addIssue({ code: "custom", message: `${question.key} depends on values that ${parent.key} does not offer` });
        }
      }
      seen.set(question.key, question);
    }
  });
export type QuestionSet = z.infer<typeof questionSetSchema>;

/** An application's body (the form and the API): answers by question key, and the version of the questions answered. */
export const applicationSchema = z.object({
  answers: z.record(z.string(), z.unknown(), { error: "invalid" }).optional(),
  formVersion: z.int({ error: "invalid" }).positive({ error: "invalid" }).optional(),
});

export type AnswerValue = string | number | null;
export type Answers = Record<string, AnswerValue>;
/** What the form holds: text as typed (numbers too, until parsed). */
export type RawAnswers = Record<string, unknown>;

export const questionsOf = (set: QuestionSet): Question[] => set.steps.flatMap((s) => s.questions);

/** An answer the person gave (own keys only: "constructor" is a fine question key, not Object's). */
const answerOf = (values: RawAnswers, questionKey: string): unknown => (Object.hasOwn(values, questionKey) ? values[questionKey] : undefined);

/**
 * The keys of the questions asked, given the answers so far: a conditional question is asked when
 * the question it depends on is itself asked and answered with one of its values (conditions
 * point at earlier questions, so one pass in order settles chains).
 */
export function askedKeys(set: QuestionSet, values: RawAnswers): Set<string> {
  const asked = new Set<string>();
  for (const question of questionsOf(set)) {
    const when = question.when;
    const answer = when ? answerOf(values, when.question) : undefined;
    if (!when || (asked.has(when.question) && typeof answer === "string" && when.in.includes(answer.trim()))) asked.add(question.key);
  }
  return asked;
}

const characters = (text: string) => [...text].length;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The answer in its stored form, or the rule it breaks. */
function check(question: Question, raw: unknown): { value: AnswerValue } | { problem: string } {
  if (question.kind === "number") {
    const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? (NUMBER.test(raw.trim()) ? Number(raw.trim()) : NaN) : null;
    if (value === null) return question.required ? { problem: "answer_required" } : { value: null };
    if (!Number.isFinite(value)) return { problem: "answer_number" };
    if (question.integer && !Number.isInteger(value)) return { problem: "answer_whole_number" };
    if (value < question.min) return { problem: `answer_too_small:${question.min}` };
    if (value > question.max) return { problem: `answer_too_large:${question.max}` };
    // Compared after scaling, with a tolerance, so 6.5 is a multiple of 0.5 despite binary fractions.
    if (question.step && Math.abs(value / question.step - Math.round(value / question.step)) > 1e-9) return { problem: `answer_step:${question.step}` };
    return { value };
  }
  if (raw !== undefined && raw !== null && typeof raw !== "string") return { problem: "invalid" };
  const text = (raw ?? "").trim();
  if (hasInvalidCharacter(text)) return { problem: "text_invalid_character" };
  if (text === "") return question.required ? { problem: question.kind === "choice" ? "answer_choose" : "answer_required" } : { value: null };
  if (question.kind === "choice") return question.options.some((o) => o.value === text) ? { value: text } : { problem: "invalid_choice" };
  if (question.kind === "long-text" && characters(text) < question.minLength) return { problem: `answer_too_short:${question.minLength}` };
  if (characters(text) > question.maxLength) return { problem: `answer_too_long:${question.maxLength}` };
  return { value: text };
}

/**
 * The schema for answers to one question set: every asked question checked by its rules, answers
 * to questions not asked (or not in the set) dropped. Output: the stored answers.
 */
export function answersSchema(set: QuestionSet) {
  const questions = questionsOf(set);
  return z
    .record(z.string(), z.unknown(), { error: "invalid" })
    .transform((values, ctx): Answers => {
      const answers: Answers = {};
      const asked = askedKeys(set, values);
      for (const question of questions) {
        if (!asked.has(question.key)) continue;
        const result = check(question, answerOf(values, question.key));
        if ("problem" in result) ctx.addIssue({ code: "custom", message: result.problem, path: [question.key] });
        else answers[question.key] = result.value;
      }
      return answers;
    });
}

/** The keys of one step's questions that are asked, given the answers so far (the form checks these before moving on). */
export function stepKeys(set: QuestionSet, step: number, values: RawAnswers): string[] {
  const asked = askedKeys(set, values);
  return (set.steps[step]?.questions ?? []).filter((q) => asked.has(q.key)).map((q) => q.key);
}

/**
 * A draft keeps text as typed, within the set's own keys and a size any answer could have. Text
 * that cannot be stored (lib/text.ts; jsonb would refuse the whole draft) is left out: the draft is
 * a convenience, and submitting the answer names it with the field's error.
 */
export function draftValues(set: QuestionSet, values: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof values !== "object" || values === null) return out;
  for (const question of questionsOf(set)) {
    const value = answerOf(values as RawAnswers, question.key);
    if (typeof value !== "string" && typeof value !== "number") continue;
    const text = String(value);
    // Cut to size without splitting a surrogate pair (an emoji) in two.
    if (!hasInvalidCharacter(text)) out[question.key] = text.slice(0, 5000).replace(/[\uD800-\uDBFF]$/, "");
  }
  return out;
}

/**
 * What an enrollment keeps: the questions as they were asked (labels and options in both
 * languages) next to the answers, so a later version of the set never changes what was answered.
 */
export function answerSnapshot(set: QuestionSet, answers: Answers) {
  return {
    questions: questionsOf(set).filter((q) => q.key in answers).map((q) => ({
      key: q.key, kind: q.kind, label: q.label,
      ...(q.kind === "choice" ? { options: q.options } : {}),
      ...(q.kind === "number" && q.unit ? { unit: q.unit } : {}),
    })),
    values: answers,
  };
}
export type AnswerSnapshot = ReturnType<typeof answerSnapshot>;

const snapshotSchema = z.object({
  questions: z.array(z.object({
    key: z.string(), kind: z.string(), label: bilingual,
    options: z.array(z.object({ value: z.string(), label: bilingual })).optional(),
    unit: bilingual.optional(),
  })),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});

/** A stored snapshot read back (null for anything else), for showing what was asked and answered. */
export function readSnapshot(json: unknown) {
  const parsed = snapshotSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
