import "server-only";
import { isDeepStrictEqual } from "node:util";
import { db } from "../../db";
import type { Actor } from "../../auth/policy";
import { recordAudit } from "../../audit/mutations";
import { editableInstitutions } from "../../auth/scope";
import { questionSetSchema, type QuestionSet } from "../questions";

export type PublishResult = { status: "ok"; version: number } | { status: "unchanged"; version: number } | { status: "not-found" };

/**
 * Publishes a programme's questions as its next version, for staff who may edit the programme's
 * institution (`institution.edit`; the institution is in the where clause, so anyone else's
 * programme is not found). Earlier versions stay as they were: enrollments refer to them and keep a
 * snapshot of what they answered. A set identical to the newest version publishes nothing.
 */
export async function publishQuestionSet(actor: Actor, programmeId: string, set: QuestionSet): Promise<PublishResult> {
  const definition = questionSetSchema.parse(set); // a set nobody could answer is a programming error, refused before it is stored
  const institutionId = editableInstitutions(actor, "institution.edit");
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.findFirst({ where: { id: programmeId, institutionId }, select: { id: true, institutionId: true } });
    if (!programme) return { status: "not-found" as const };
    // The programme's row lock orders two editors publishing at once: the second gets the next number.
    await tx.$queryRaw`SELECT 1 FROM "Programme" WHERE "id" = ${programme.id} FOR UPDATE`;
    const latest = await tx.questionSet.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { version: true, definition: true } });
    // Compared as values: jsonb keeps object keys in its own order.
    if (latest && isDeepStrictEqual(latest.definition, JSON.parse(JSON.stringify(definition)))) return { status: "unchanged" as const, version: latest.version };
    const version = (latest?.version ?? 0) + 1;
    await tx.questionSet.create({ data: { programmeId, version, definition } });
    const questions = definition.steps.reduce((n, s) => n + s.questions.length, 0);
    await recordAudit(tx, { actorId: actor.id, action: "questions.published", subjectType: "programme", subjectId: programmeId, institutionId: programme.institutionId, data: { version, steps: definition.steps.length, questions } });
    return { status: "ok" as const, version };
  });
}
