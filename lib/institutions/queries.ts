import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { INSTITUTION_KINDS } from "../catalogue/codes";
import { cardSelect } from "../catalogue/queries";
import { publicInstitution, publicProgramme } from "../catalogue/visibility";
import { localized } from "../i18n/localized";
import type { Locale } from "../i18n/routing";

const listSelect = {
  slug: true, kind: true, nameZh: true, nameEn: true, summaryZh: true, summaryEn: true,
  district: true, country: true, status: true,
  _count: { select: { programmes: { where: publicProgramme }, hostedProgrammes: { where: publicProgramme } } },
} satisfies Prisma.InstitutionSelect;

export type InstitutionListItem = Prisma.InstitutionGetPayload<{ select: typeof listSelect }> & { programmeCount: number };

/**
 * Public institutions grouped by kind (in the policy's order: national college first), then by
 * name in the reader's language. Overseas partners count the programmes they host.
 */
export async function findInstitutions(locale: Locale): Promise<InstitutionListItem[]> {
  const rows = await db.institution.findMany({ where: publicInstitution, select: listSelect });
  const collator = new Intl.Collator(locale);
  const kindOrder = (kind: string) => INSTITUTION_KINDS.indexOf(kind as (typeof INSTITUTION_KINDS)[number]);
  return rows
    .map((row) => ({ ...row, programmeCount: row._count.programmes + row._count.hostedProgrammes }))
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || collator.compare(localized(locale, a.nameZh, a.nameEn), localized(locale, b.nameZh, b.nameEn)));
}

/** A public institution with the public programmes it offers or hosts. Cached per request. */
export const findInstitutionBySlug = cache(async (slug: string) => {
  const programmeList = {
    where: publicProgramme,
    orderBy: [{ kind: "asc" }, { publishedAt: "desc" }],
    select: cardSelect(new Date()),
  } satisfies Prisma.Institution$programmesArgs;
  const row = await db.institution.findFirst({
    where: { slug, ...publicInstitution },
    select: {
      slug: true, kind: true, nameZh: true, nameEn: true, summaryZh: true, summaryEn: true,
      district: true, country: true, website: true, status: true,
      programmes: programmeList,
      hostedProgrammes: programmeList,
    },
  });
  if (!row) return null;
  const { hostedProgrammes, programmes, ...institution } = row;
  const owned = new Set(programmes.map((p) => p.id));
  return { ...institution, programmes: [...programmes, ...hostedProgrammes.filter((p) => !owned.has(p.id))] };
});

export type InstitutionDetail = NonNullable<Awaited<ReturnType<typeof findInstitutionBySlug>>>;

/** Names of public institutions by slug, for facet labels. */
export async function findInstitutionNames(slugs: string[]) {
  if (!slugs.length) return new Map<string, { nameZh: string; nameEn: string }>();
  const rows = await db.institution.findMany({ where: { slug: { in: slugs }, ...publicInstitution }, select: { slug: true, nameZh: true, nameEn: true } });
  return new Map(rows.map((r) => [r.slug, { nameZh: r.nameZh, nameEn: r.nameEn }]));
}

const applicationSelect = {
  id: true, slug: true, kind: true, status: true, nameZh: true, nameEn: true, registrationCode: true, country: true, district: true,
  address: true, website: true, contactName: true, contactEmail: true, contactPhone: true, summaryZh: true, summaryEn: true, createdAt: true,
  events: { orderBy: { at: "asc" }, select: { from: true, to: true, message: true, at: true } },
} satisfies Prisma.InstitutionSelect;

export type InstitutionApplicationView = Prisma.InstitutionGetPayload<{ select: typeof applicationSelect }>;

/** The institutions a person owns, with each one's application timeline: newest first. */
export async function findOwnInstitutions(userId: string): Promise<InstitutionApplicationView[]> {
  return db.institution.findMany({
    where: { memberships: { some: { userId, role: "owner" } } },
    orderBy: { createdAt: "desc" },
    select: applicationSelect,
  });
}

/** Applications waiting for the bureau, oldest first, with who applied. */
export async function findInstitutionQueue(page: number, pageSize = 20) {
  const where = { status: "pending" } satisfies Prisma.InstitutionWhereInput;
  const [items, total] = await Promise.all([
    db.institution.findMany({
      where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize,
      select: { ...applicationSelect, memberships: { where: { role: "owner" }, select: { user: { select: { name: true, email: true } } } } },
    }),
    db.institution.count({ where }),
  ]);
  return { items, total, page, pageSize };
}
