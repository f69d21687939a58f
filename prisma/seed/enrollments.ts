// Demo enrollments (DECISIONS.md: seats taken always equal the seat-holding enrollments). Each
// demo offering's `seatsTaken` says how many demo learners hold a place in it; they are real
// accounts with real enrollments and timelines, and the counter is then computed from them. Open
// full offerings get a short waitlist, and open reviewed ones a few applications to review, so
// every screen has something true to show. The two README learners are left without any, so
// that what they see is what they did.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db-client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { PRIVACY_NOTICE_VERSION } from "../../lib/accounts/codes";
import { answerSnapshot, answersSchema, type QuestionSet } from "../../lib/enrollment/questions";
import { SEAT_HOLDING, type EnrollmentState } from "../../lib/enrollment/states";
import { degreeQuestions, overseasQuestions } from "./data/questions";
import { programmes } from "./data/programmes";

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "涛", "婷", "超", "霞", "鹏", "倩"];
const WAITLIST_DEMO = 3;
const REVIEW_DEMO = 2;
/** Open reviewed offerings that get REVIEW_DEMO applications each: enough to show the review queue, short enough to fit one page of it. */
const REVIEW_DEMO_OFFERINGS = 4;
const HOUR = 3_600_000;

const demoLearnerEmail = (n: number) => `demo.learner${String(n).padStart(2, "0")}@example.com`;

const DEMO_ANSWERS: Record<"overseas" | "degree", Record<string, string | number>> = {
  overseas: {
    "language-test": "ielts", "ielts-score": 6.5, "years-experience": 4, "current-role": "重庆某软件公司 后端工程师",
    statement: "希望系统学习软件工程管理与质量保证的方法，回到重庆后在团队中推行代码评审和持续集成，并带出更多能独立负责模块的工程师。",
  },
  degree: {
    "highest-education": "associate", "graduation-year": 2021,
    statement: "大专毕业后做了三年测试工作，想系统补上软件工程的理论基础，今后转向开发岗位。",
  },
};

/** The questions a demo programme asks, by kind (reviewed degree and overseas programmes). */
function demoQuestionSet(kind: string): QuestionSet | null {
  return kind === "overseas" ? overseasQuestions : kind === "degree" ? degreeQuestions : null;
}

/** Publishes the demo questions as version 1, or as the next version when the definition here has changed. */
export async function seedQuestionSets(db: Db) {
  const rows = await db.programme.findMany({ where: { slug: { in: programmes.map((p) => p.slug) }, admission: "reviewed" }, select: { id: true, kind: true } });
  for (const programme of rows) {
    const set = demoQuestionSet(programme.kind);
    if (!set) continue;
    const latest = await db.questionSet.findFirst({ where: { programmeId: programme.id }, orderBy: { version: "desc" }, select: { version: true, definition: true } });
    if (latest && JSON.stringify(latest.definition) === JSON.stringify(set)) continue;
    await db.questionSet.create({ data: { programmeId: programme.id, version: (latest?.version ?? 0) + 1, definition: set } });
  }
}

export async function seedDemoEnrollments(db: Db, passwordHash: string, now: Date) {
  const offerings = await db.offering.findMany({
    where: { programme: { slug: { in: programmes.map((p) => p.slug) } } },
    orderBy: [{ programme: { slug: "asc" } }, { code: "asc" }],
    select: {
      id: true, code: true, opensAt: true, closesAt: true, startsAt: true, endsAt: true, capacity: true, status: true,
      programme: { select: { id: true, slug: true, kind: true, admission: true, questionSets: { orderBy: { version: "desc" }, take: 1, select: { version: true, definition: true } } } },
    },
  });
  const spec = new Map(programmes.flatMap((p) => p.offerings.map((o) => [`${p.slug}/${o.code}`, o] as const)));
  let reviewDemos = 0;
  const plans = offerings.map((o) => {
    const demo = spec.get(`${o.programme.slug}/${o.code}`);
    const holders = demo?.seatsTaken ?? 0;
    const open = o.status !== "cancelled" && o.opensAt <= now && now < o.closesAt && now < o.startsAt;
    const waiting = open && o.capacity !== null && holders >= o.capacity ? WAITLIST_DEMO : 0;
    const reviewed = open && o.programme.admission === "reviewed";
    const toReview = !reviewed ? 0 : demo?.awaitingReview ?? (reviewDemos++ < REVIEW_DEMO_OFFERINGS ? REVIEW_DEMO : 0);
    return { o, holders, waiting, toReview };
  });
  const learners = await demoLearners(db, passwordHash, Math.max(0, ...plans.map((p) => p.holders + p.waiting + p.toReview)), now);

  const existing = new Set((await db.enrollment.findMany({ where: { userId: { in: learners } }, select: { offeringId: true, userId: true } })).map((e) => `${e.offeringId}:${e.userId}`));
  const enrollments: Prisma.EnrollmentCreateManyInput[] = [];
  const events: Prisma.EnrollmentEventCreateManyInput[] = [];
  for (const { o, holders, waiting, toReview } of plans) {
    const reviewed = o.programme.admission === "reviewed";
    const seatState: EnrollmentState = o.status === "cancelled" ? "cancelled" : o.endsAt < now ? "completed" : "confirmed";
    const latestSet = o.programme.questionSets[0];
    const answers = latestSet ? demoAnswers(o.programme.kind, latestSet.definition as QuestionSet) : undefined;
    const wanted: { state: EnrollmentState; rank?: number }[] = [
      ...Array.from({ length: holders }, () => ({ state: seatState })),
      ...Array.from({ length: waiting }, (_, i) => ({ state: "waitlisted" as const, rank: i + 1 })),
      ...Array.from({ length: toReview }, () => ({ state: "submitted" as const })),
    ];
    for (const [i, want] of wanted.entries()) {
      const userId = learners[i]!;
      // Re-seeding keeps what is there (including changes made while trying the demo).
      if (existing.has(`${o.id}:${userId}`)) continue;
      const appliedAt = new Date(Math.min(o.opensAt.getTime() + (i + 1) * HOUR, now.getTime()));
      const id = randomUUID();
      enrollments.push({
        id, offeringId: o.id, userId, state: want.state, activeKey: `${o.id}:${userId}`, waitRank: want.rank ?? null,
        answers: reviewed ? answers : undefined, formVersion: reviewed && answers ? latestSet?.version : undefined, createdAt: appliedAt,
      });
      for (const step of timeline(want.state, reviewed, appliedAt, o)) events.push({ enrollmentId: id, ...step });
    }
  }
  // Thousands of rows: written in batches, in one transaction.
  await db.$transaction(async (tx) => {
    for (let i = 0; i < enrollments.length; i += 500) await tx.enrollment.createMany({ data: enrollments.slice(i, i + 500) });
    for (let i = 0; i < events.length; i += 500) await tx.enrollmentEvent.createMany({ data: events.slice(i, i + 500) });
  }, { timeout: 60_000 });
  // The counter, from the enrollments that hold a seat (one statement for every offering).
  const holding = [...SEAT_HOLDING].map((s) => `'${s}'`).join(", ");
  await db.$executeRawUnsafe(`UPDATE "Offering" SET "seatsTaken" = (SELECT COUNT(*) FROM "Enrollment" e WHERE e."offeringId" = "Offering"."id" AND e."state" IN (${holding}))`);
  // The demo capacity was just reset; someone admitted over capacity while trying the demo keeps their place.
  await db.$executeRawUnsafe(`UPDATE "Offering" SET "capacity" = "seatsTaken" WHERE "capacity" IS NOT NULL AND "seatsTaken" > "capacity"`);
}

/** The steps that led to a demo enrollment's state, so its timeline reads like a real one. */
function timeline(state: EnrollmentState, reviewed: boolean, at: Date, o: { startsAt: Date; endsAt: Date }) {
  const later = (hours: number) => new Date(at.getTime() + hours * HOUR);
  const first = reviewed ? "submitted" : state === "waitlisted" ? "waitlisted" : "confirmed";
  const steps: { from: string | null; to: string; at: Date; actorLabel?: string; reasonCode?: string }[] = [{ from: null, to: first, at }];
  if (reviewed && state !== "submitted") steps.push({ from: "submitted", to: state === "waitlisted" ? "waitlisted" : "confirmed", at: later(30), actorLabel: "demo-review" });
  if (state === "completed") steps.push({ from: "confirmed", to: "completed", at: o.endsAt });
  if (state === "cancelled") steps.push({ from: "confirmed", to: "cancelled", at: later(48), reasonCode: "offering-cancelled" });
  return steps;
}

function demoAnswers(kind: string, set: QuestionSet) {
  const values = DEMO_ANSWERS[kind as "overseas" | "degree"];
  if (!values) return undefined;
  const parsed = answersSchema(set).safeParse(values);
  return parsed.success ? answerSnapshot(set, parsed.data) : undefined;
}

/** The demo learners' ids, creating the accounts (verified, with the README's password) as needed. */
async function demoLearners(db: Db, passwordHash: string, count: number, now: Date): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => demoLearnerEmail(i + 1));
  const have = new Set((await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
  await db.user.createMany({
    data: emails.filter((email) => !have.has(email)).map((email) => {
      const n = emails.indexOf(email);
      const name = SURNAMES[n % SURNAMES.length]! + GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]!;
      return { email, name, locale: "zh-CN", passwordHash, emailVerifiedAt: now, consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION };
    }),
  });
  const rows = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const byEmail = new Map(rows.map((r) => [r.email, r.id]));
  return emails.map((email) => byEmail.get(email)!);
}
