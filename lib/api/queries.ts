import "server-only";
import { db } from "../db";

// Which institution a row named in an API path belongs to, so that the route can ask the policy
// about that institution before it reads or changes anything (an answer of 404 to anyone it does
// not allow, as for a row that does not exist). The reads and mutations the route then calls keep
// the institution in their own where clauses; these lookups grant nothing by themselves.

/** The id of the institution named by `slug` when `programmeId` is one of its programmes (in any state). */
export async function findProgrammeInstitution(slug: string, programmeId: string): Promise<string | null> {
  const row = await db.programme.findFirst({ where: { id: programmeId, institution: { slug } }, select: { institutionId: true } });
  return row?.institutionId ?? null;
}

/** The id of the institution whose programme the offering belongs to. */
export async function findOfferingInstitution(offeringId: string): Promise<string | null> {
  const row = await db.offering.findUnique({ where: { id: offeringId }, select: { programme: { select: { institutionId: true } } } });
  return row?.programme.institutionId ?? null;
}
