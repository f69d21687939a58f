import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { MAX_RESULT_WINDOW, type CatalogueQuery } from "./schema";
import type { ProgrammeKind } from "./codes";
import { CLOSING_SOON_DAYS, enrollmentWindowState } from "./window";
import { publicInstitution, publicProgramme } from "./visibility";
import { queryCatalogue, searchIndexState } from "../search/queries";
import { calendarDaysBetween, DAY_MS } from "../dates";
import { withoutLinks } from "../offerings/links";

/** The fields a programme card shows, with the next offering that has not started and is not cancelled. */
export const cardSelect = (now: Date) =>
  ({
    id: true,
    slug: true,
    kind: true,
    area: true,
    level: true,
    mode: true,
    feeYuan: true,
    titleZh: true,
    titleEn: true,
    summaryZh: true,
    summaryEn: true,
    institution: { select: { slug: true, nameZh: true, nameEn: true } },
    offerings: {
      where: { status: "scheduled", startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      take: 1,
      select: {
        startsAt: true, endsAt: true, opensAt: true, closesAt: true,
        capacity: true, seatsTaken: true, status: true, timeZone: true,
      },
    },
  }) satisfies Prisma.ProgrammeSelect;

export type ProgrammeCard = Prisma.ProgrammeGetPayload<{ select: ReturnType<typeof cardSelect> }>;

/**
 * One page of the public catalogue with the total and facet counts, in the query's order, as the
 * catalogue stands at `now` (lib/search/queries.ts computes what stale documents would say).
 */
export async function findProgrammes(query: CatalogueQuery, now = new Date()) {
  const { ids, total, facets } = await queryCatalogue(query, await searchIndexState(now));
  const rows = await db.programme.findMany({ where: { id: { in: ids } }, select: cardSelect(now) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Keep the query's order; a programme deleted between the two reads is left out.
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  // Never offer pages beyond the 10,000-result window (DECISIONS.md), which the parser refuses.
  const maxPage = Math.floor(MAX_RESULT_WINDOW / query.pageSize);
  const pageCount = Math.min(maxPage, Math.max(1, Math.ceil(total / query.pageSize)));
  return { items, total, facets, page: query.page, pageSize: query.pageSize, pageCount };
}

/** Published programmes per kind, for the home page's entries. */
export async function countProgrammesByKind(): Promise<Record<ProgrammeKind, number>> {
  const rows = await db.programme.groupBy({ by: ["kind"], where: publicProgramme, _count: { _all: true } });
  const counts: Record<ProgrammeKind, number> = { degree: 0, training: 0, overseas: 0, lecture: 0 };
  for (const row of rows) counts[row.kind as ProgrammeKind] = row._count._all;
  return counts;
}

const highlightSelect = {
  id: true, startsAt: true, endsAt: true, opensAt: true, closesAt: true, timeZone: true,
  capacity: true, seatsTaken: true, status: true, mode: true, venueZh: true, venueEn: true,
  sessions: { orderBy: { position: "asc" }, take: 1, select: { venueZh: true, venueEn: true, url: true } },
  programme: {
    select: {
      slug: true, kind: true, titleZh: true, titleEn: true,
      institution: { select: { nameZh: true, nameEn: true } },
      experts: { orderBy: { position: "asc" }, select: { expert: { select: { nameZh: true, nameEn: true } } } },
    },
  },
} satisfies Prisma.OfferingSelect;

export type OfferingHighlight = Prisma.OfferingGetPayload<{ select: typeof highlightSelect }>;

/** Home page: lectures in the next 30 days, and open windows closing within a week. */
export async function findHomeHighlights(now = new Date()) {
  const [lectures, closing] = await Promise.all([
    db.offering.findMany({
      where: {
        status: "scheduled",
        startsAt: { gte: now, lt: new Date(now.getTime() + 30 * DAY_MS) },
        programme: { ...publicProgramme, kind: "lecture" },
      },
      orderBy: { startsAt: "asc" },
      take: 6,
      select: highlightSelect,
    }),
    db.offering.findMany({
      where: {
        status: "scheduled",
        opensAt: { lte: now },
        // A day more than the flag's reach, since "within 7 days" counts calendar days; the
        // window rule below decides.
        closesAt: { gt: now, lte: new Date(now.getTime() + (CLOSING_SOON_DAYS + 1) * DAY_MS) },
        startsAt: { gt: now },
        programme: publicProgramme,
      },
      orderBy: { closesAt: "asc" },
      take: 12,
      select: highlightSelect,
    }),
  ]);
  const closingSoon = closing
    .filter((o) => {
      const state = enrollmentWindowState(o, now);
      // Full offerings are left out: nobody can act on them before waitlists exist.
      return state.kind === "open" && calendarDaysBetween(now, state.closesAt, o.timeZone) <= CLOSING_SOON_DAYS;
    })
    .slice(0, 6);
  return { lectures, closingSoon };
}

/** What the programme page shows of a programme (the editor's preview reads the same). */
export const programmeDetailInclude = {
  institution: { select: { slug: true, nameZh: true, nameEn: true, kind: true, status: true, district: true, country: true } },
  hostInstitution: { select: { slug: true, nameZh: true, nameEn: true, country: true, status: true } },
  experts: { orderBy: { position: "asc" }, select: { expert: true } },
  questionSets: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
  offerings: {
    orderBy: { startsAt: "asc" },
    include: { sessions: { orderBy: { position: "asc" } } },
  },
} satisfies Prisma.ProgrammeInclude;

/**
 * Everything the programme page shows, or null when it is not public. Cached per request (metadata
 * and page share it). Online links are left out (each offering and session says only whether it
 * meets online): participants get theirs through lib/offerings/queries.ts.
 */
export const findProgrammeBySlug = cache(async (slug: string) => {
  const programme = await db.programme.findFirst({ where: { slug, ...publicProgramme }, include: programmeDetailInclude });
  return programme ? { ...programme, offerings: programme.offerings.map(withoutLinks) } : null;
});

export type ProgrammeDetail = NonNullable<Awaited<ReturnType<typeof findProgrammeBySlug>>>;

/** Slugs and change times for the sitemap. */
export async function findSitemapEntries() {
  const [programmes, institutions] = await Promise.all([
    db.programme.findMany({ where: publicProgramme, select: { slug: true, updatedAt: true } }),
    db.institution.findMany({ where: publicInstitution, select: { slug: true, updatedAt: true } }),
  ]);
  return { programmes, institutions };
}
