// `npm run search:rebuild`: rebuilds the search index from the programmes (after a restore, a
// bulk import, or a change to how text is cut).
import { analyze, createPrismaClient } from "../lib/db-client";
import { indexProgrammes } from "../lib/search/indexer";

const db = createPrismaClient();
const started = Date.now();
const count = await db.$transaction(async (tx) => {
  await tx.$executeRaw`DELETE FROM "SearchDocument" WHERE "programmeId" NOT IN (SELECT "id" FROM "Programme")`;
  return indexProgrammes(tx);
}, { timeout: 600_000 });
await analyze(db);
await db.$disconnect();
console.log(`Indexed ${count} programmes in ${Date.now() - started} ms.`);
