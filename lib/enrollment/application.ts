import "server-only";
import { z } from "../zod";
import { parseIn } from "../i18n/validation";
import type { Locale } from "../i18n/routing";
import { answerSnapshot, answersSchema, applicationSchema, type AnswerSnapshot } from "./questions";
import { findOfferingQuestions } from "./queries";

// An application's body, as the form and the API send it: the answers to the programme's own
// questions and the version of the questions they answer. Checked against the questions the
// programme asks now, with the same schema the form uses in the browser.

export type PreparedApplication =
  | { status: "ok"; input: { answers?: AnswerSnapshot; formVersion?: number } }
  | { status: "not-found" }
  | { status: "form-changed" }
  /** Issues of the body, or of the answers (paths are then question keys). */
  | { status: "invalid"; error: z.ZodError; in: "body" | "answers" };

export async function prepareApplication(offeringId: string, body: unknown, locale: Locale): Promise<PreparedApplication> {
  const parsed = parseIn(applicationSchema, body ?? {}, locale);
  if (!parsed.success) return invalidBody(parsed.error);
  const offering = await findOfferingQuestions(offeringId);
  if (!offering.found) return { status: "not-found" };
  const { questions } = offering;
  if (!questions) return { status: "ok", input: {} };
  // Answers written against an older version may not fit the new questions: ask to check again.
  if (parsed.data.formVersion !== undefined && parsed.data.formVersion !== questions.version) return { status: "form-changed" };
  const answers = parseIn(answersSchema(questions.set), parsed.data.answers ?? {}, locale);
  if (!answers.success) return { status: "invalid", error: answers.error, in: "answers" };
  return { status: "ok", input: { answers: answerSnapshot(questions.set, answers.data), formVersion: questions.version } };
}

/**
 * The body's issues. When they all lie inside the answers (text that cannot be stored, which
 * parseIn finds before the answers' own rules run) they are reported by question key, as those rules are.
 */
function invalidBody(error: z.ZodError): PreparedApplication {
  const inAnswers = error.issues.every((issue) => issue.path[0] === "answers" && issue.path.length > 1);
  if (!inAnswers) return { status: "invalid", error, in: "body" };
  return { status: "invalid", error: new z.ZodError(error.issues.map((issue) => ({ ...issue, path: issue.path.slice(1) }))), in: "answers" };
}
