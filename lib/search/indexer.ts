// Keeps the search index in step with programmes. Every write that changes what a programme's
// search text or facets depend on (the programme, its institution, experts or offerings) calls
// indexProgrammes with the programme's id inside the same transaction; `npm run search:rebuild`
// rebuilds everything. Takes the client (or transaction) to use, so scripts and the app share it.
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { PUBLIC_INSTITUTION_STATUSES } from "../catalogue/visibility";
import { weightedVector } from "./tokenize";

type Client = Pick<Db, "programme" | "$executeRaw" | "$executeRawUnsafe">;

const BATCH = 500;

const source = {
  id: true, status: true, kind: true, area: true, level: true, mode: true, feeYuan: true, publishedAt: true,
  titleZh: true, titleEn: true, summaryZh: true, summaryEn: true, bodyZh: true, bodyEn: true,
  institution: { select: { slug: true, nameZh: true, nameEn: true, status: true } },
  offerings: { where: { status: { not: "cancelled" } }, select: { opensAt: true, closesAt: true, startsAt: true } },
  hostInstitution: { select: { nameZh: true, nameEn: true } },
  experts: { select: { expert: { select: { nameZh: true, nameEn: true } } } },
} as const;

type Window = { opensAt: Date; closesAt: Date; startsAt: Date };

/**
 * What the catalogue needs to know about a programme's offerings at `now`, and when that next
 * changes. A window closes at its close or at the first session, whichever is first (window.ts).
 */
export function offeringTimes(offerings: Window[], now: Date) {
  const t = now.getTime();
  const min = (values: number[]) => (values.length ? new Date(Math.min(...values)) : null);
  const windows = offerings.map((o) => ({
    opens: o.opensAt.getTime(),
    closes: Math.min(o.closesAt.getTime(), o.startsAt.getTime()),
    starts: o.startsAt.getTime(),
  }));
  const open = windows.filter((w) => w.opens <= t && t < w.closes);
  return {
    openNow: open.length > 0,
    nextStartsAt: min(windows.map((w) => w.starts).filter((s) => s > t)),
    nextClosesAt: min(open.map((w) => w.closes)),
    refreshAt: min(windows.flatMap((w) => [w.opens, w.closes, w.starts]).filter((s) => s > t)),
  };
}

/** Re-indexes the given programmes (all when `ids` is omitted); returns how many were indexed. */
export async function indexProgrammes(client: Client, ids?: string[], now = new Date()): Promise<number> {
  if (ids && !ids.length) return 0;
  // Takes the search index version's row lock before any document's: a trigger bumps the version
  // after every write to the documents, and two transactions that locked documents first and the
  // version second could each wait for the other.
  await client.$executeRaw`UPDATE "SearchIndexState" SET "version" = "version" + 1 WHERE "id" = 1`;
  let done = 0;
  let cursor: string | undefined;
  for (let chunk = 0; ; chunk++) {
    // Given ids go in chunks; otherwise page through all by id.
    const where = ids ? { id: { in: ids.slice(chunk * BATCH, (chunk + 1) * BATCH) } } : undefined;
    if (ids && chunk * BATCH >= ids.length) return done;
    const batch = await client.programme.findMany({
      where,
      select: source,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(!ids && cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (batch.length) await upsert(client, batch.map((p) => documentOf(p, now)));
    done += batch.length;
    if (!ids && batch.length < BATCH) return done;
    cursor = batch[batch.length - 1]?.id;
  }
}

type Source = Prisma.ProgrammeGetPayload<{ select: typeof source }>;

/** A document's columns, in the order of COLUMNS. */
function documentOf(p: Source, now: Date): unknown[] {
  const names = [p.institution.nameZh, p.institution.nameEn, p.hostInstitution?.nameZh, p.hostInstitution?.nameEn,
    ...p.experts.flatMap((e) => [e.expert.nameZh, e.expert.nameEn])];
  const times = offeringTimes(p.offerings, now);
  return [
    p.id, p.status === "published" && PUBLIC_INSTITUTION_STATUSES.includes(p.institution.status), p.kind, p.area, p.level,
    p.institution.slug, p.mode, p.feeYuan === 0, p.publishedAt, times.openNow, times.nextStartsAt, times.nextClosesAt, times.refreshAt,
    weightedVector([["A", p.titleZh, p.titleEn], ["B", p.summaryZh, p.summaryEn], ["C", ...names], ["D", p.bodyZh, p.bodyEn]]),
  ];
}

const COLUMNS = ["programmeId", "public", "kind", "area", "level", "institutionSlug", "mode", "free", "publishedAt", "openNow",
  "nextStartsAt", "nextClosesAt", "refreshAt", "text"];
const CASTS: Record<string, string> = { publishedAt: "timestamp", nextStartsAt: "timestamp", nextClosesAt: "timestamp", refreshAt: "timestamp", text: "tsvector" };

/** One statement for a batch of documents: insert, or replace what an existing one says. */
async function upsert(client: Client, rows: unknown[][]) {
  const values = rows.map((_, r) => `(${COLUMNS.map((c, i) => `$${r * COLUMNS.length + i + 1}${CASTS[c] ? `::${CASTS[c]}` : ""}`).join(", ")})`);
  const updates = COLUMNS.slice(1).map((c) => `"${c}" = excluded."${c}"`);
  await client.$executeRawUnsafe(
    `INSERT INTO "SearchDocument" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}
     ON CONFLICT ("programmeId") DO UPDATE SET ${updates.join(", ")}`,
    ...rows.flat(),
  );
}
