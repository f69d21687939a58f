// Inputs of attendance at the door, defined once for the check-in page, its server actions and the
// tests. Custom rules carry a message key of the `validation` namespace; whether a code is a
// check-in code, and whose, only the data can say (lib/attendance/mutations.ts).
import { z } from "../zod";
import { idSchema } from "../forms/schemas";
import { withoutInvalidCharacter } from "../text";

/** As scanned or typed: generous (a camera may read another QR code, a web address), but bounded. */
export const CODE_MAX = 200;

export const checkInSchema = z.discriminatedUnion("by", [
  z.object({
    by: z.literal("code"),
    sessionId: idSchema,
    code: z.string({ error: "invalid" }).trim().max(CODE_MAX, { error: `text_too_long:${CODE_MAX}` }).refine(...withoutInvalidCharacter),
  }),
  z.object({ by: z.literal("name"), sessionId: idSchema, enrollmentId: idSchema }),
], { error: "invalid_choice" });
export type CheckInInput = z.output<typeof checkInSchema>;

export const undoCheckInSchema = z.object({ sessionId: idSchema, enrollmentId: idSchema });
export type UndoCheckInInput = z.output<typeof undoCheckInSchema>;

/** The share of sessions (in percent) needed for completion: a whole number from 1 to 100, as a number or as typed. */
export const thresholdSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : value),
  z.number({ error: "answer_whole_number" }).int({ error: "answer_whole_number" }).min(1, { error: "answer_too_small:1" }).max(100, { error: "answer_too_large:100" }),
);

export const completionSchema = z.object({
  offeringId: idSchema,
  threshold: thresholdSchema,
  /** Completed: those at or above the threshold; no-show: those who attended no session. */
  mark: z.enum(["completed", "no-show"], { error: "invalid_choice" }),
});
export type CompletionInput = z.output<typeof completionSchema>;

/** The name search of the check-in page (?q=), which works without JavaScript: anything else reads as no search. */
export const nameQuerySchema = z.string().trim().max(100).refine(...withoutInvalidCharacter).catch("");
