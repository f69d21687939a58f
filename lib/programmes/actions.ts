"use server";
// Server actions of the programme editor, through the one pipeline (lib/forms/server-action.ts).
// Signed-in people only; whether they may edit the institution named is checked by each mutation,
// next to the data (staff of another institution are told the programme does not exist).
import { refuse, refuseFields, serverAction, type Refusal } from "../forms/server-action";
import { z } from "../zod";
import { applyProgramme, changeProgrammeStatus, createExpert, createProgramme, saveDraft, type EditorOutcome } from "./mutations";
import { findProgrammeForEditor } from "./queries";
import { applyProgrammeSchema, newExpertSchema, newProgrammeSchema, saveDraftSchema, statusChangeSchema } from "./schema";

const REFUSALS: Record<Exclude<EditorOutcome["status"], "ok" | "incomplete">, Refusal> = {
  "not-found": refuse("validation.not_found"),
  stale: refuse("studio.editor.stale"),
  "not-allowed": refuse("studio.editor.notAllowed"),
  "slug-taken": refuse("studio.editor.slugTaken", "slug"),
  unverified: refuse("studio.editor.unverified"),
  "host-invalid": refuse("studio.editor.hostInvalid", "hostInstitutionId"),
  "experts-invalid": refuse("studio.editor.expertsInvalid", "experts"),
};

/** The outcome as the editor reads it: its new state, or why not, each missing field marked when publishing is refused. */
function answer(outcome: EditorOutcome) {
  if (outcome.status === "ok") return outcome.state;
  if (outcome.status !== "incomplete") return REFUSALS[outcome.status];
  const { zh, en, shared } = outcome.completeness;
  const missing = [...zh.missing, ...en.missing, ...shared.missing];
  const issues = new z.ZodError(missing.map((field) => ({ code: "custom" as const, message: "publish_required", path: [field], input: undefined })));
  return { ...refuseFields(issues, "studio.editor.incomplete"), values: { count: missing.length } };
}

/** Creates a draft programme and answers its id, for the editor to open. */
export const createProgrammeAction = serverAction({ name: "programme-create", schema: newProgrammeSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const outcome = await createProgramme(actor, input, request);
  return outcome.status === "ok" ? { id: outcome.id } : REFUSALS["not-found"];
});

/** Autosave of the working copy. */
export const saveProgrammeDraftAction = serverAction({ name: "programme-save-draft", schema: saveDraftSchema, policy: "account.manage" }, async (input, { actor }) =>
  answer(await saveDraft(actor, input)));

/** Saves a programme the public does not see: the working copy applied, the state kept. */
export const saveProgrammeAction = serverAction({ name: "programme-save", schema: applyProgrammeSchema, policy: "account.manage" }, async (input, { actor, request }) =>
  answer(await applyProgramme(actor, input, "save", request)));

/** Publishes a draft, or a published programme's changes. */
export const publishProgrammeAction = serverAction({ name: "programme-publish", schema: applyProgrammeSchema, policy: "account.manage" }, async (input, { actor, request }) =>
  answer(await applyProgramme(actor, input, "publish", request)));

/** Unpublish, archive, restore, or discard the working copy (answering the saved values the editor returns to). */
export const changeProgrammeStatusAction = serverAction({ name: "programme-status", schema: statusChangeSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const outcome = answer(await changeProgrammeStatus(actor, input, request));
  if ("refusal" in outcome) return outcome;
  const programme = input.change === "discard" ? await findProgrammeForEditor(input.institutionId, input.programmeId) : null;
  return { ...outcome, values: programme?.values ?? null };
});

/** Adds an expert to choose for lectures. */
export const createExpertAction = serverAction({ name: "expert-create", schema: newExpertSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const outcome = await createExpert(actor, input, request);
  return outcome.status === "ok" ? outcome.expert : REFUSALS["not-found"];
});
