// Loads the demo catalogue. Idempotent: everything is upserted by its slug (offerings by
// programme and code, sessions by position), so running it again updates the demo data in place
// and leaves everything else in the database alone.
import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createPrismaClient, type Db } from "../../lib/db-client";
import { defaultAdmission, type TrainingTrack } from "../../lib/catalogue/codes";
import { calendarDate, DEFAULT_TIME_ZONE, zonedDateTime } from "../../lib/dates";
import { indexProgrammes } from "../../lib/search/indexer";
import { institutions } from "./data/institutions";
import { experts } from "./data/experts";
import { programmes } from "./data/programmes";
import { parks } from "./data/parks";
import { targets } from "./data/targets";
import { accounts } from "./data/accounts";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_PASSWORD, PRIVACY_NOTICE_VERSION } from "../../lib/accounts/codes";
import type { DemoOffering, DemoProgramme } from "./types";
import { seedDemoEnrollments, seedQuestionSets } from "./enrollments";

const TIME_ZONE = DEFAULT_TIME_ZONE;
type Day = [number, number, number];

function at(base: Day, dayOffset: number, time: string): Date {
  return zonedDateTime(base, dayOffset, time, TIME_ZONE);
}

/** A stable pseudo-random age (0-179 days) per slug, so re-seeding keeps the same order. */
function ageInDays(slug: string): number {
  let hash = 0;
  for (const ch of slug) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % 180;
}

function offeringTimes(base: Day, o: DemoOffering) {
  const sessions = o.sessions.map((s) => ({ ...s, startsAt: at(base, s.day, s.start), endsAt: at(base, s.day, s.end) }));
  return {
    sessions,
    startsAt: sessions[0].startsAt,
    endsAt: sessions[sessions.length - 1].endsAt,
    opensAt: at(base, o.opensDay, "00:00"),
    // 23:59 on the closing day, but never after the first session starts.
    closesAt: new Date(Math.min(at(base, o.closesDay, "23:59").getTime(), sessions[0].startsAt.getTime())),
  };
}

/** What each training track awards, as the bureau's programme describes it (policy 三.(五)). */
const CERTIFICATES: Record<TrainingTrack, [zh: string, en: string]> = {
  vocational: ["重庆市软件职业培训合格证书", "Chongqing software vocational training certificate"],
  "knowledge-update": ["专业技术人员继续教育学时证明", "Continuing-education hours certificate for professional staff"],
  "quality-system": ["软件过程改进培训结业证书", "Software process improvement course certificate"],
  leadership: ["软件企业经营管理研修结业证书", "Software business leadership programme certificate"],
};

/** A demo course's contact hours: the length of its first offering's sessions, so the figure agrees with the timetable. */
function trainingHours(base: Day, p: DemoProgramme): number | null {
  const first = p.offerings[0];
  if (!first) return null;
  const ms = offeringTimes(base, first).sessions.reduce((sum, s) => sum + (s.endsAt.getTime() - s.startsAt.getTime()), 0);
  return Math.max(1, Math.round(ms / 3_600_000));
}

async function seedProgramme(db: Db, p: DemoProgramme, ids: Map<string, string>, expertIds: Map<string, string>, base: Day) {
  const institutionId = ids.get(p.institution);
  if (!institutionId) throw new Error(`Programme ${p.slug}: unknown institution ${p.institution}`);
  const hostInstitutionId = p.hostInstitution ? ids.get(p.hostInstitution) : undefined;
  if (p.hostInstitution && !hostInstitutionId) throw new Error(`Programme ${p.slug}: unknown host ${p.hostInstitution}`);
  const status = p.status ?? "published";
  const data = {
    institutionId,
    hostInstitutionId: hostInstitutionId ?? null,
    kind: p.kind,
    area: p.area,
    level: p.level ?? null,
    admission: p.admission ?? defaultAdmission(p.kind),
    status,
    titleZh: p.titleZh, titleEn: p.titleEn,
    summaryZh: p.summaryZh, summaryEn: p.summaryEn,
    bodyZh: p.bodyZh, bodyEn: p.bodyEn,
    language: p.language,
    feeYuan: p.feeYuan,
    mode: p.mode,
    award: p.award ?? null,
    durationMonths: p.durationMonths ?? null,
    track: p.track ?? null,
    country: p.country ?? null,
    funding: p.funding ?? null,
    eligibilityZh: p.eligibilityZh ?? null,
    eligibilityEn: p.eligibilityEn ?? null,
    ...(p.kind === "training" ? { hours: trainingHours(base, p), certificateZh: CERTIFICATES[p.track ?? "vocational"][0], certificateEn: CERTIFICATES[p.track ?? "vocational"][1] } : {}),
  };
  // Spread publication dates over the past half year, so "newest first" mixes the four kinds.
  const publishedAt = status === "published" ? at(base, -ageInDays(p.slug), "09:00") : null;
  await db.$transaction(async (tx) => {
    const programme = await tx.programme.upsert({
      where: { slug: p.slug },
      create: { slug: p.slug, ...data, publishedAt },
      update: { ...data, publishedAt },
      select: { id: true },
    });
    await tx.programmeExpert.deleteMany({ where: { programmeId: programme.id } });
    for (const [position, slug] of (p.experts ?? []).entries()) {
      const expertId = expertIds.get(slug);
      if (!expertId) throw new Error(`Programme ${p.slug}: unknown expert ${slug}`);
      await tx.programmeExpert.create({ data: { programmeId: programme.id, expertId, position } });
    }
    for (const o of p.offerings) {
      const times = offeringTimes(base, o);
      const offeringData = {
        startsAt: times.startsAt, endsAt: times.endsAt, opensAt: times.opensAt, closesAt: times.closesAt,
        timeZone: TIME_ZONE,
        capacity: o.capacity ?? null,
        status: o.cancelled ? "cancelled" : "scheduled",
        cancelReasonZh: o.cancelled?.reasonZh ?? null,
        cancelReasonEn: o.cancelled?.reasonEn ?? null,
      };
      const offering = await tx.offering.upsert({
        where: { programmeId_code: { programmeId: programme.id, code: o.code } },
        create: { programmeId: programme.id, code: o.code, ...offeringData },
        update: offeringData,
        select: { id: true },
      });
      for (const [position, s] of times.sessions.entries()) {
        const sessionData = {
          startsAt: s.startsAt, endsAt: s.endsAt,
          venueZh: s.venueZh ?? null, venueEn: s.venueEn ?? null, url: s.url ?? null,
        };
        await tx.offeringSession.upsert({
          where: { offeringId_position: { offeringId: offering.id, position } },
          create: { offeringId: offering.id, position, ...sessionData },
          update: sessionData,
        });
      }
      await tx.offeringSession.deleteMany({ where: { offeringId: offering.id, position: { gte: times.sessions.length } } });
    }
  });
}

export async function seedDemoData(db: Db, now = new Date()) {
  // Demo dates are whole days from the day the seed runs, in the city's time zone.
  const base = calendarDate(now, TIME_ZONE);
  const institutionIds = new Map<string, string>();
  for (const i of institutions) {
    const data = {
      kind: i.kind, nameZh: i.nameZh, nameEn: i.nameEn, summaryZh: i.summaryZh, summaryEn: i.summaryEn,
      district: i.district ?? null, country: i.country, website: i.website ?? null,
      registrationCode: i.registrationCode ?? null, status: i.status, address: i.address ?? null,
      contactName: i.contact?.name ?? null, contactEmail: i.contact?.email ?? null, contactPhone: i.contact?.phone ?? null,
    };
    const row = await db.institution.upsert({ where: { slug: i.slug }, create: { slug: i.slug, ...data }, update: data, select: { id: true } });
    institutionIds.set(i.slug, row.id);
  }
  const expertIds = new Map<string, string>();
  for (const e of experts) {
    const { slug, ...data } = e;
    const row = await db.expert.upsert({ where: { slug }, create: e, update: data, select: { id: true } });
    expertIds.set(slug, row.id);
  }
  for (const p of programmes) await seedProgramme(db, p, institutionIds, expertIds, base);
  for (const park of parks) {
    const { slug, ...rest } = park;
    const data = { ...rest, district: rest.district ?? null };
    await db.park.upsert({ where: { slug }, create: { slug, ...data }, update: data });
  }
  for (const t of targets) {
    const data = { min: t.min, max: t.max ?? null, unit: t.unit, labelZh: t.labelZh, labelEn: t.labelEn, clause: t.clause };
    await db.target.upsert({ where: { key_period: { key: t.key, period: t.period } }, create: { key: t.key, period: t.period, ...data }, update: data });
  }
  const passwordHash = await seedAccounts(db, institutionIds, now);
  await seedStaffHistory(db, institutionIds, now);
  await seedQuestionSets(db);
  await seedDemoEnrollments(db, passwordHash, now);
  // Every programme, not only the demo ones: institutions and experts may have been renamed.
  const indexed = await indexProgrammes(db);
  return { institutions: institutions.length, experts: experts.length, programmes: programmes.length, parks: parks.length, targets: targets.length, accounts: accounts.length, indexed };
}

/** The demo accounts, verified and enabled, with the README's password and their roles. */
async function seedAccounts(db: Db, institutionIds: Map<string, string>, now: Date): Promise<string> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of accounts) {
    const data = {
      name: a.name, locale: a.locale, passwordHash, emailVerifiedAt: now, disabledAt: null, bureauRole: a.bureauRole ?? null,
      phone: a.profile?.phone ?? null, education: a.profile?.education ?? null, employer: a.profile?.employer ?? null,
      yearsExperience: a.profile?.yearsExperience ?? null, talentLevel: a.profile?.talentLevel ?? null,
    };
    const user = await db.user.upsert({
      where: { email: a.email },
      create: { email: a.email, consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION, ...data },
      update: data,
      select: { id: true },
    });
    for (const m of a.memberships ?? []) {
      const institutionId = institutionIds.get(m.institution)!;
      await db.membership.upsert({
        where: { userId_institutionId: { userId: user.id, institutionId } },
        create: { userId: user.id, institutionId, role: m.role },
        update: { role: m.role },
      });
    }
  }
  return passwordHash;
}

/**
 * What led to the demo memberships, so the screens show a true history: the pending institution's
 * application on its timeline, and the invitations the national college's owner sent (accepted).
 */
async function seedStaffHistory(db: Db, institutionIds: Map<string, string>, now: Date) {
  const users = new Map((await db.user.findMany({ where: { email: { in: accounts.map((a) => a.email) } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  for (const i of institutions.filter((x) => x.status !== "verified" && x.contact)) {
    const institutionId = institutionIds.get(i.slug)!;
    if (await db.institutionEvent.count({ where: { institutionId } })) continue;
    await db.institutionEvent.create({ data: { institutionId, from: null, to: i.status, actorId: users.get(i.contact!.email) ?? null, at: new Date(now.getTime() - 2 * 86_400_000) } });
  }
  for (const a of accounts.filter((x) => x.invitedBy)) {
    for (const m of a.memberships ?? []) {
      const institutionId = institutionIds.get(m.institution)!;
      if (await db.invitation.count({ where: { institutionId, email: a.email } })) continue;
      const sentAt = new Date(now.getTime() - 10 * 86_400_000);
      await db.invitation.create({
        data: {
          institutionId, email: a.email, role: m.role, invitedById: users.get(a.invitedBy!) ?? null,
          // Only a hash is ever stored; this one matches no link, as the demo invitation was used long ago.
          tokenHash: createHash("sha256").update(`demo-invitation:${institutionId}:${a.email}`).digest("hex"),
          createdAt: sentAt, expiresAt: new Date(sentAt.getTime() + 7 * 86_400_000), acceptedAt: new Date(sentAt.getTime() + 86_400_000), acceptedById: users.get(a.email) ?? null,
        },
      });
    }
  }
}

// Run as a script (npm run db:seed), not when imported by tests. Compared as real paths, so
// folders with spaces, non-ASCII names or symlinks still count.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const db = createPrismaClient();
  const started = Date.now();
  const counts = await seedDemoData(db);
  await db.$disconnect();
  console.log(`Demo data loaded in ${Date.now() - started} ms:`, counts);
}
