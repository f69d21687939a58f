// The enrollment domain's inputs, defined once and used by the forms, the server actions and the
// API routes. Custom rules carry a message key of the `validation` namespace (or the namespace
// given in the key), translated by lib/i18n/validation.ts in the browser and on the server.
import { z } from "../zod";
import { withoutInvalidCharacter } from "../text";
import { idSchema } from "../forms/schemas";
import { REJECTION_REASONS, SELF_TRANSITIONS } from "./states";

export const DECISION_MESSAGE_MAX = 1000;
export const STAFF_REASON_MAX = 500;

/** Why staff acted, as the person will read it on their timeline. */
const reasonSchema = (max: number, required = "reason_required") =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: `text_too_long:${max}` }).refine(...withoutInvalidCharacter);

export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ enrollmentId: idSchema, decision: z.literal("approve") }),
  z.object({
    enrollmentId: idSchema,
    decision: z.literal("reject"),
    reasonCode: z.enum(REJECTION_REASONS, { error: "invalid_choice" }),
    message: reasonSchema(DECISION_MESSAGE_MAX, "decision_message_required"),
  }),
], { error: "invalid_choice" });
export type DecisionInput = z.output<typeof decisionSchema>;
/** The reject form's own fields (the dialog asks only for these). */
export const rejectionFormSchema = decisionSchema.options[1].pick({ reasonCode: true, message: true });

export const selfTransitionSchema = z.object({ enrollmentId: idSchema, action: z.enum(SELF_TRANSITIONS, { error: "invalid_choice" }) });

export const waitlistMoveSchema = z.object({
  enrollmentId: idSchema,
  position: z.coerce.number({ error: "position_invalid" }).int({ error: "position_invalid" }).min(1, { error: "position_invalid" }).max(100_000, { error: "position_invalid" }),
  reason: reasonSchema(STAFF_REASON_MAX),
});
export type WaitlistMoveInput = z.output<typeof waitlistMoveSchema>;

export const admitSchema = z.object({ enrollmentId: idSchema, reason: reasonSchema(STAFF_REASON_MAX) });
export type AdmitInput = z.output<typeof admitSchema>;

export const applySchema = z.object({ offeringId: idSchema, application: z.unknown().optional() });

export const draftSchema = z.object({
  offeringId: idSchema,
  values: z.unknown(),
  /** The step the person was on, and the version of the questions on their screen (both clamped to the set). */
  step: z.number().int().catch(0),
  version: z.number().int().positive().optional().catch(undefined),
});

export const calendarFeedSchema = z.object({ op: z.enum(["renew", "stop"], { error: "invalid_choice" }) });
