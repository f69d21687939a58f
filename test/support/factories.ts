// Per-test fixtures with unique suffixes, written through the real Prisma client to the
// integration database.
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/db-client";
import { indexProgrammes } from "@/lib/search/indexer";
import { creditCodeCheck } from "@/lib/institutions/credit-code";

export const testDb = createPrismaClient();

const DAY = 24 * 60 * 60 * 1000;
export const days = (n: number, from = new Date()) => new Date(from.getTime() + n * DAY);

/** A token unlikely to appear anywhere else, for searches that must only find this test's rows. */
export function uniqueToken(prefix = "t") {
  return `${prefix}${randomBytes(4).toString("hex")}`;
}

export async function makeInstitution(overrides: Partial<{ slug: string; kind: string; nameZh: string; nameEn: string; status: string; country: string; district: string | null }> = {}) {
  const token = uniqueToken("inst");
  return testDb.institution.create({
    data: {
      slug: token,
      kind: "training-centre",
      nameZh: `测试培训中心${token}`,
      nameEn: `Test Training Centre ${token}`,
      district: "yubei",
      status: "verified",
      ...overrides,
    },
  });
}

type ProgrammeOverrides = Partial<{
  slug: string; kind: string; area: string; level: string | null; status: string; titleZh: string; titleEn: string;
  summaryZh: string; summaryEn: string; bodyZh: string; bodyEn: string; feeYuan: number; hostInstitutionId: string; publishedAt: Date;
}>;

/** A programme, indexed for search as the portal's own writes will do. */
export async function makeProgramme(institutionId: string, overrides: ProgrammeOverrides = {}) {
  const token = uniqueToken("prog");
  const programme = await testDb.programme.create({
    data: {
      slug: token,
      institutionId,
      kind: "training",
      area: "linux",
      level: "mid",
      admission: "first-come",
      status: "published",
      titleZh: `测试课程 ${token}`,
      titleEn: `Test course ${token}`,
      summaryZh: "摘要",
      summaryEn: "Summary",
      mode: "in-person",
      publishedAt: new Date(),
      ...overrides,
    },
  });
  await indexProgrammes(testDb, [programme.id]);
  return programme;
}

export async function makeOffering(
  programmeId: string,
  o: { opensIn?: number; closesIn?: number; startsIn?: number; sessions?: number; capacity?: number | null; seatsTaken?: number; status?: string; now?: Date } = {},
) {
  const now = o.now ?? new Date();
  const startsIn = o.startsIn ?? 30;
  const sessions = o.sessions ?? 1;
  const startsAt = days(startsIn, now);
  return testDb.offering.create({
    data: {
      programmeId,
      code: uniqueToken("off"),
      opensAt: days(o.opensIn ?? -10, now),
      closesAt: days(o.closesIn ?? 20, now),
      startsAt,
      endsAt: new Date(days(startsIn + sessions - 1, now).getTime() + 2 * 60 * 60 * 1000),
      capacity: o.capacity === undefined ? 30 : o.capacity,
      seatsTaken: o.seatsTaken ?? 0,
      status: o.status ?? "scheduled",
      sessions: {
        // Created in reverse so the test can see that sessions come back in position order.
        create: Array.from({ length: sessions }, (_, i) => sessions - 1 - i).map((i) => ({
          position: i,
          startsAt: days(startsIn + i, now),
          endsAt: new Date(days(startsIn + i, now).getTime() + 2 * 60 * 60 * 1000),
          venueZh: `第${i + 1}教室`,
          venueEn: `Room ${i + 1}`,
        })),
      },
    },
  });
}

/** A valid unified social credit code nobody else's test uses (a company registered in 渝北区). */
export function uniqueCreditCode(): string {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const body = `MA${Array.from({ length: 6 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("")}`;
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((t, c, i) => t + parseInt(c, 36) * weights[i]!, 0);
  const orgCheck = ({ 10: "X", 11: "0" } as Record<number, string>)[11 - (sum % 11)] ?? String(11 - (sum % 11));
  const first17 = `91500112${body}${orgCheck}`;
  return first17 + creditCodeCheck(first17);
}
