import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ProgrammeKind } from "../catalogue/codes";
import { completeness } from "../programmes/completeness";

// Reads of an institution's workspace (/studio/{institution}). Callers have checked
// `institution.staff-area` for the institution first (lib/studio/pages.ts).

export async function findStudioInstitution(slug: string) {
  return db.institution.findUnique({ where: { slug }, select: { id: true, slug: true, kind: true, status: true, nameZh: true, nameEn: true } });
}
export type StudioInstitution = NonNullable<Awaited<ReturnType<typeof findStudioInstitution>>>;

/** The institutions a person works at, for the studio's index and the account menu. */
export async function findStudiosOf(userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, institution: { select: { slug: true, status: true, nameZh: true, nameEn: true } } },
  });
  return rows.map((r) => ({ ...r.institution, role: r.role }));
}

const completenessSelect = {
  kind: true, titleZh: true, titleEn: true, summaryZh: true, summaryEn: true, bodyZh: true, bodyEn: true, level: true, award: true,
  durationMonths: true, hours: true, certificateZh: true, certificateEn: true, country: true, eligibilityZh: true, eligibilityEn: true,
} satisfies Prisma.ProgrammeSelect;

/**
 * The workspace's front page: every programme with its state and per-language completeness, the
 * offerings that have not ended with their seats, waitlist and applications waiting for a decision.
 */
export async function findWorkspace(institutionId: string, now = new Date()) {
  const [programmes, offerings] = await Promise.all([
    db.programme.findMany({
      where: { institutionId },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, slug: true, status: true, updatedAt: true, draftSavedAt: true, ...completenessSelect, _count: { select: { experts: true } } },
    }),
    db.offering.findMany({
      where: { programme: { institutionId }, status: "scheduled", endsAt: { gt: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true, code: true, startsAt: true, endsAt: true, timeZone: true, opensAt: true, closesAt: true, capacity: true, seatsTaken: true,
        programme: { select: { id: true, titleZh: true, titleEn: true } },
      },
    }),
  ]);
  // Waiting and waitlisted counts for all offerings in one grouped query rather than one per offering.
  const counts = offerings.length === 0 ? [] : await db.enrollment.groupBy({
    by: ["offeringId", "state"],
    where: { offeringId: { in: offerings.map((o) => o.id) }, state: { in: ["submitted", "waitlisted"] } },
    _count: { _all: true },
  });
  const byOfferingAndState = new Map(counts.map((c) => [`${c.offeringId}:${c.state}`, c._count._all]));
  const countOf = (offeringId: string, state: string) => byOfferingAndState.get(`${offeringId}:${state}`) ?? 0;
  return {
    programmes: programmes.map(({ _count, ...p }) => ({
      id: p.id, slug: p.slug, kind: p.kind as ProgrammeKind, status: p.status, titleZh: p.titleZh, titleEn: p.titleEn, updatedAt: p.updatedAt,
      unsavedDraft: p.draftSavedAt !== null,
      completeness: completeness({ ...p, kind: p.kind as ProgrammeKind, expertCount: _count.experts }),
    })),
    offerings: offerings.map((o) => ({ ...o, submitted: countOf(o.id, "submitted"), waitlisted: countOf(o.id, "waitlisted") })),
  };
}
