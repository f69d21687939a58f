// Keeps the search index in step with programmes. Every write that changes what a programme's
// search text or facets depend on (the programme, its institution, experts or offerings) calls
// indexProgrammes with the programme's id inside the same transaction; `npm run search:rebuild`
// rebuilds everything. Takes the client (or transaction) to use, so scripts and the app share it.
// SQLite-specific: the full-text table is FTS5 (the PostgreSQL path would use a tsvector of the
// same tokens).
import type { Db } from "../db-client";
import { PUBLIC_INSTITUTION_STATUSES } from "../catalogue/visibility";
import { indexText } from "./tokenize";

type Client = Pick<Db, "programme" | "searchDocument" | "$executeRaw">;

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
  let done = 0;
  let cursor: string | undefined;
  for (let chunk = 0; ; chunk++) {
    // Given ids go in chunks (SQLite limits bound parameters); otherwise page through all by id.
    const where = ids ? { id: { in: ids.slice(chunk * BATCH, (chunk + 1) * BATCH) } } : undefined;
    if (ids && chunk * BATCH >= ids.length) return done;
    const batch = await client.programme.findMany({
      where,
      select: source,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(!ids && cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    for (const p of batch) {
      const fields = {
        public: p.status === "published" && PUBLIC_INSTITUTION_STATUSES.includes(p.institution.status),
        kind: p.kind,
        area: p.area,
        level: p.level,
        institutionSlug: p.institution.slug,
        mode: p.mode,
        free: p.feeYuan === 0,
        publishedAt: p.publishedAt,
        ...offeringTimes(p.offerings, now),
      };
      const doc = await client.searchDocument.upsert({
        where: { programmeId: p.id },
        create: { programmeId: p.id, ...fields },
        update: fields,
        select: { id: true },
      });
      const names = [p.institution.nameZh, p.institution.nameEn, p.hostInstitution?.nameZh, p.hostInstitution?.nameEn,
        ...p.experts.flatMap((e) => [e.expert.nameZh, e.expert.nameEn])];
      await client.$executeRaw`DELETE FROM programme_search WHERE rowid = ${doc.id}`;
      await client.$executeRaw`INSERT INTO programme_search (rowid, title, summary, body, names) VALUES (
        ${doc.id}, ${indexText(p.titleZh, p.titleEn)}, ${indexText(p.summaryZh, p.summaryEn)},
        ${indexText(p.bodyZh, p.bodyEn)}, ${indexText(...names)})`;
    }
    done += batch.length;
    if (!ids && batch.length < BATCH) return done;
    cursor = batch[batch.length - 1]?.id;
  }
}
