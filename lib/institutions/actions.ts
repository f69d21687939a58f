"use server";
// Server actions of institutions, through the one pipeline (lib/forms/server-action.ts).
import { refuse, serverAction } from "../forms/server-action";
import { z } from "../zod";
import { idSchema } from "../forms/schemas";
import { applyToJoin, resubmit, reviewInstitution } from "./mutations";
import { institutionApplicationSchema, institutionReviewSchema } from "./schema";

const TAKEN = refuse("validation.credit_code_taken", "registrationCode");

/** Applies to register an institution; the applicant becomes its owner. */
export const applyInstitutionAction = serverAction({ name: "apply-institution", schema: institutionApplicationSchema, policy: "institution.apply", refusedKey: "enrollment.apply.verifyFirst" }, async (input, { actor, request }) => {
  const result = await applyToJoin(actor, input, request);
  return result.status === "duplicate" ? TAKEN : { slug: result.institution.slug };
});

/** Sends an application back to the bureau after the changes it asked for. */
export const resubmitInstitutionAction = serverAction(
  { name: "resubmit-institution", schema: z.object({ institutionId: idSchema }).and(institutionApplicationSchema), policy: "institution.apply", refusedKey: "enrollment.apply.verifyFirst" },
  async ({ institutionId, ...input }, { actor, request }) => {
    const outcome = await resubmit(actor, institutionId, input, request);
    return outcome === "ok" ? undefined : outcome === "duplicate" ? TAKEN : refuse("institutions.join.alreadySent");
  },
);

/** The bureau verifies an application, asks for changes, or refuses it. */
export const reviewInstitutionAction = serverAction({ name: "review-institution", schema: institutionReviewSchema, policy: "bureau.review" }, async (input, { actor, request }) =>
  (await reviewInstitution(actor, input, request)) === "ok" ? undefined : refuse("institutions.join.review.gone"));
