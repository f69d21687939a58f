// The questions editor's input: a programme's application questions as staff fill them in (text
// as typed, numbers as text), checked field by field and turned into the question set that
// lib/enrollment/questions.ts defines and publishes. The same schema runs in the browser (each
// mistake on its field) and in the server action. Messages are keys of `validation` or full keys
// of `studio.questions.errors`.
import { z } from "../zod";
import { idSchema } from "../forms/schemas";
import { hasControlCharacter, withoutInvalidCharacter } from "../text";
import { questionSetSchema, type Question, type QuestionSet } from "../enrollment/questions";

const E = (key: string) => `studio.questions.errors.${key}`;

export const QUESTION_KINDS = ["text", "long-text", "number", "choice"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const MAX_STEPS = 6;
export const MAX_QUESTIONS_PER_STEP = 20;
export const MAX_OPTIONS = 30;
export const TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;
const NUMBER_LIMIT = 1e9;
const KEY = /^[a-z][a-z0-9-]{0,39}$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Text as typed (checked once trimmed, in the transform below). */
const text = (max: number) => z.string({ error: "invalid" }).max(max, { error: `text_too_long:${max}` }).refine(...withoutInvalidCharacter);
/** A number field's text; a number sent by a client is taken as its text. */
const numberText = z.preprocess((v) => (typeof v === "number" && Number.isFinite(v) ? String(v) : v ?? ""), z.string({ error: "invalid" }).max(30, { error: E("number") }));
const keyText = z.string({ error: "invalid" }).max(60, { error: E("key") });

const optionInput = z.object({ value: keyText, labelZh: text(300), labelEn: text(300) });

const questionInput = z.object({
  key: keyText,
  kind: z.enum(QUESTION_KINDS, { error: "invalid_choice" }),
  labelZh: text(300),
  labelEn: text(300),
  helpZh: text(300).default(""),
  helpEn: text(300).default(""),
  required: z.boolean({ error: "invalid" }).default(false),
  /** text and long-text */
  minLength: numberText.default(""),
  maxLength: numberText.default(""),
  /** number */
  min: numberText.default(""),
  max: numberText.default(""),
  step: numberText.default(""),
  integer: z.boolean({ error: "invalid" }).default(false),
  unitZh: text(300).default(""),
  unitEn: text(300).default(""),
  /** choice */
  options: z.array(optionInput, { error: "invalid" }).max(MAX_OPTIONS, { error: `${E("options_count")}:${MAX_OPTIONS}` }).default([]),
  /** Asked only when an earlier choice question's answer is one of whenIn. */
  whenQuestion: keyText.default(""),
  whenIn: z.array(keyText, { error: "invalid" }).max(MAX_OPTIONS, { error: "invalid" }).default([]),
});
export type EditorQuestionInput = z.input<typeof questionInput>;

const stepInput = z.object({
  key: keyText,
  titleZh: text(300),
  titleEn: text(300),
  questions: z.array(questionInput, { error: "invalid" }).max(MAX_QUESTIONS_PER_STEP, { error: `${E("questions_count")}:${MAX_QUESTIONS_PER_STEP}` }),
});

type Path = (string | number)[];
type Ctx = z.core.$RefinementCtx<unknown>;

/** The editor's values as a question set, with each problem on its field; null when there are problems. */
function toQuestionSet(steps: z.output<typeof stepInput>[], ctx: Ctx): QuestionSet | null {
  let ok = true;
  const problem = (path: Path, message: string) => {
    ok = false;
    ctx.addIssue({ code: "custom", message, path });
  };
  /** One line of text in both languages: both required, or (optional pairs) both blank. */
  const pair = (zh: string, en: string, at: Path, names: [string, string], required: boolean) => {
    const [z_, e_] = [zh.trim(), en.trim()];
    if (required || z_ || e_) {
      if (!z_) problem([...at, names[0]], E("both_languages"));
      if (!e_) problem([...at, names[1]], E("both_languages"));
    }
    for (const [value, name] of [[z_, names[0]], [e_, names[1]]] as const) if (hasControlCharacter(value)) problem([...at, name], "text_one_line");
    return z_ && e_ ? { zh: z_, en: e_ } : undefined;
  };
  const decimal = (raw: string, at: Path, required: boolean): number | null => {
    const v = raw.trim();
    if (!v) {
      if (required) problem(at, E("number"));
      return null;
    }
    const n = DECIMAL.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n) || Math.abs(n) > NUMBER_LIMIT) {
      problem(at, E("number"));
      return null;
    }
    return n;
  };
  const whole = (raw: string, at: Path, min: number, max: number, fallback?: number): number | null => {
    const v = raw.trim();
    if (!v && fallback !== undefined) return fallback;
    const n = /^\d{1,6}$/.test(v) ? Number(v) : NaN;
    if (!(n >= min && n <= max)) {
      problem(at, `${E("length")}:${max}`);
      return null;
    }
    return n;
  };

  if (steps.length < 1 || steps.length > MAX_STEPS) problem(["steps"], `${E("steps_count")}:${MAX_STEPS}`);
  const stepKeys = new Set<string>();
  const seen = new Map<string, Question>();
  const out: QuestionSet["steps"] = [];
  steps.forEach((step, s) => {
    const at: Path = ["steps", s];
    const key = step.key.trim();
    if (!KEY.test(key)) problem([...at, "key"], E("key"));
    else if (stepKeys.has(key)) problem([...at, "key"], E("key_taken"));
    stepKeys.add(key);
    const title = pair(step.titleZh, step.titleEn, at, ["titleZh", "titleEn"], true);
    if (step.questions.length < 1) problem([...at, "questions"], `${E("questions_count")}:${MAX_QUESTIONS_PER_STEP}`);
    const questions: Question[] = [];
    step.questions.forEach((q, i) => {
      const qa: Path = [...at, "questions", i];
      const qKey = q.key.trim();
      if (!KEY.test(qKey)) problem([...qa, "key"], E("key"));
      else if (seen.has(qKey)) problem([...qa, "key"], E("key_taken"));
      const label = pair(q.labelZh, q.labelEn, qa, ["labelZh", "labelEn"], true);
      const help = pair(q.helpZh, q.helpEn, qa, ["helpZh", "helpEn"], false);
      let when: Question["when"];
      const whenKey = q.whenQuestion.trim();
      if (whenKey) {
        const parent = seen.get(whenKey);
        if (parent?.kind !== "choice") problem([...qa, "whenQuestion"], E("when_question"));
        else {
          const values = [...new Set(q.whenIn.map((v) => v.trim()))];
          if (values.length === 0 || values.some((v) => !parent.options.some((o) => o.value === v))) problem([...qa, "whenIn"], E("when_values"));
          else when = { question: whenKey, in: values };
        }
      }
      const common = { key: qKey, label: label!, required: q.required, ...(help ? { help } : {}), ...(when ? { when } : {}) };
      let question: Question | null = null;
      if (q.kind === "text") {
        const maxLength = whole(q.maxLength, [...qa, "maxLength"], 1, TEXT_MAX, 200);
        if (maxLength !== null) question = { ...common, kind: "text", maxLength };
      } else if (q.kind === "long-text") {
        const maxLength = whole(q.maxLength, [...qa, "maxLength"], 1, LONG_TEXT_MAX, 2000);
        const minLength = whole(q.minLength, [...qa, "minLength"], 0, LONG_TEXT_MAX, 0);
        if (maxLength !== null && minLength !== null && minLength > maxLength) problem([...qa, "minLength"], E("min_above_max"));
        else if (maxLength !== null && minLength !== null) question = { ...common, kind: "long-text", minLength, maxLength };
      } else if (q.kind === "number") {
        const min = decimal(q.min, [...qa, "min"], true);
        const max = decimal(q.max, [...qa, "max"], true);
        const stepValue = decimal(q.step, [...qa, "step"], false);
        const unit = pair(q.unitZh, q.unitEn, qa, ["unitZh", "unitEn"], false);
        if (min !== null && max !== null && min > max) problem([...qa, "min"], E("min_above_max"));
        if (q.integer) for (const [n, name] of [[min, "min"], [max, "max"], [stepValue, "step"]] as const) if (n !== null && !Number.isInteger(n)) problem([...qa, name], E("whole_number"));
        if (stepValue !== null && stepValue <= 0) problem([...qa, "step"], E("step"));
        if (min !== null && max !== null) question = { ...common, kind: "number", min, max, integer: q.integer, ...(unit ? { unit } : {}), ...(stepValue !== null && stepValue > 0 ? { step: stepValue } : {}) };
      } else {
        if (q.options.length < 2) problem([...qa, "options"], `${E("options_count")}:${MAX_OPTIONS}`);
        const values = new Set<string>();
        const options = q.options.map((o, j) => {
          const oa: Path = [...qa, "options", j];
          const value = o.value.trim();
          if (!KEY.test(value)) problem([...oa, "value"], E("key"));
          else if (values.has(value)) problem([...oa, "value"], E("key_taken"));
          values.add(value);
          return { value, label: pair(o.labelZh, o.labelEn, oa, ["labelZh", "labelEn"], true)! };
        });
        question = { ...common, kind: "choice", options };
      }
      if (question) {
        questions.push(question);
        if (KEY.test(qKey) && !seen.has(qKey)) seen.set(qKey, question);
      }
    });
    out.push({ key, title: title!, questions });
  });
  if (!ok) return null;
  // The stored definition's own rules (lib/enrollment/questions.ts), which everything above
  // already covers field by field: a set that passed here and failed there would be a bug.
  const parsed = questionSetSchema.safeParse({ steps: out });
  if (!parsed.success) {
    ctx.addIssue({ code: "custom", message: "invalid", path: [] });
    return null;
  }
  return parsed.data;
}

/** The editor's input: the programme and its questions, step by step. Output: the question set to publish. */
export const questionEditorSchema = z
  .object({
    programmeId: idSchema,
    steps: z.array(stepInput, { error: "invalid" }).max(MAX_STEPS, { error: `${E("steps_count")}:${MAX_STEPS}` }),
  })
  .transform((value, ctx) => {
    const set = toQuestionSet(value.steps, ctx as Ctx);
    return { programmeId: value.programmeId, set: set ?? (z.NEVER as QuestionSet) };
  });
export type QuestionEditorValues = z.input<typeof questionEditorSchema>;
export type EditorStep = QuestionEditorValues["steps"][number];
export type EditorQuestion = EditorStep["questions"][number];

/** A new question of a kind, as the editor starts it. */
export function blankQuestion(key: string, kind: QuestionKind = "text"): Required<EditorQuestion> {
  return {
    key, kind, labelZh: "", labelEn: "", helpZh: "", helpEn: "", required: true, minLength: "", maxLength: "", min: "", max: "", step: "",
    // Two empty options whatever the kind, so switching to a choice has them ready (other kinds ignore them).
    integer: false, unitZh: "", unitEn: "", options: [{ value: "a", labelZh: "", labelEn: "" }, { value: "b", labelZh: "", labelEn: "" }],
    whenQuestion: "", whenIn: [],
  };
}

/** A published set as the editor's values, so the next version starts from the current one. */
export function toEditorSteps(set: QuestionSet): Required<EditorStep>[] {
  return set.steps.map((step) => ({
    key: step.key,
    titleZh: step.title.zh,
    titleEn: step.title.en,
    questions: step.questions.map((q) => {
      const base = blankQuestion(q.key, q.kind);
      return {
        ...base,
        labelZh: q.label.zh, labelEn: q.label.en, helpZh: q.help?.zh ?? "", helpEn: q.help?.en ?? "", required: q.required,
        whenQuestion: q.when?.question ?? "", whenIn: q.when?.in ?? [],
        ...(q.kind === "text" ? { maxLength: String(q.maxLength) } : {}),
        ...(q.kind === "long-text" ? { minLength: String(q.minLength), maxLength: String(q.maxLength) } : {}),
        ...(q.kind === "number" ? { min: String(q.min), max: String(q.max), step: q.step === undefined ? "" : String(q.step), integer: q.integer, unitZh: q.unit?.zh ?? "", unitEn: q.unit?.en ?? "" } : {}),
        options: q.kind === "choice" ? q.options.map((o) => ({ value: o.value, labelZh: o.label.zh, labelEn: o.label.en })) : base.options,
      };
    }),
  }));
}

/** A key from English text ("Years of experience" -> "years-of-experience"), or `fallback` when it has no Latin letters. */
export function keyFrom(text: string, fallback: string): string {
  const slug = text.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^[^a-z]+/, "").slice(0, 40).replace(/-+$/, "");
  return KEY.test(slug) ? slug : fallback;
}
