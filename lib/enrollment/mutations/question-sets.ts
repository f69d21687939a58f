import "server-only";
import { db } from "../../db";
import { questionSetSchema, type QuestionSet } from "../questions";

/** Publishes a programme's questions as its next version (earlier versions stay, as enrollments refer to them). */
export async function publishQuestionSet(programmeId: string, set: QuestionSet): Promise<number> {
  const definition = questionSetSchema.parse(set); // a set nobody could answer is a programming error, refused before it is stored
  return db.$transaction(async (tx) => {
    const latest = await tx.questionSet.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (latest?.version ?? 0) + 1;
    await tx.questionSet.create({ data: { programmeId, version, definition } });
    return version;
  });
}

