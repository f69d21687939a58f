import { afterAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/seed/index";
import { programmes } from "@/prisma/seed/data/programmes";
import { testDb } from "../support/factories";

afterAll(() => testDb.$disconnect());

async function counts() {
  const [institutions, programmeRows, offerings, sessions, experts, links, parks, targets] = await Promise.all([
    testDb.institution.count(), testDb.programme.count(), testDb.offering.count(), testDb.offeringSession.count(),
    testDb.expert.count(), testDb.programmeExpert.count(), testDb.park.count(), testDb.target.count(),
  ]);
  return { institutions, programmes: programmeRows, offerings, sessions, experts, links, parks, targets };
}

describe("seedDemoData", () => {
  it("loads the catalogue, and a second run updates in place without duplicating or touching other data", async () => {
    const own = await testDb.institution.create({ data: { slug: "own-centre", kind: "training-centre", nameZh: "自有机构", nameEn: "Own centre" } });
    const ownProgramme = await testDb.programme.create({
      data: {
        slug: "own-course", institutionId: own.id, kind: "training", area: "linux", admission: "first-come", status: "published",
        titleZh: "机构自己发布的课程", titleEn: "Own course", summaryZh: "摘要", summaryEn: "Summary", mode: "online",
      },
    });

    await seedDemoData(testDb);
    const first = await counts();
    const demo = programmes[0];
    // Someone edits a demo programme; re-seeding restores the demo text but keeps its id.
    const before = await testDb.programme.findUniqueOrThrow({ where: { slug: demo.slug } });
    await testDb.programme.update({ where: { slug: demo.slug }, data: { titleZh: "被改过的标题" } });

    await seedDemoData(testDb, new Date(Date.now() + 24 * 60 * 60 * 1000));
    const second = await counts();
    expect(second).toEqual(first);
    const after = await testDb.programme.findUniqueOrThrow({ where: { slug: demo.slug } });
    expect(after.id).toBe(before.id);
    expect(after.titleZh).toBe(demo.titleZh);
    expect(await testDb.programme.findUnique({ where: { id: ownProgramme.id } })).toMatchObject({ titleZh: "机构自己发布的课程" });
  });

  it("moves the demo dates with the day it runs, so windows stay open and closing-soon stays true", async () => {
    const day = 24 * 60 * 60 * 1000;
    const demo = programmes.find((p) => p.offerings.some((o) => o.closesDay > 0 && o.opensDay <= 0))!;
    const offering = demo.offerings.find((o) => o.closesDay > 0 && o.opensDay <= 0)!;
    const read = () =>
      testDb.offering.findFirstOrThrow({ where: { code: offering.code, programme: { slug: demo.slug } }, select: { closesAt: true, startsAt: true } });
    const now = new Date();
    await seedDemoData(testDb, now);
    const today = await read();
    await seedDemoData(testDb, new Date(now.getTime() + 10 * day));
    const later = await read();
    expect(later.closesAt.getTime() - today.closesAt.getTime()).toBe(10 * day);
    expect(today.closesAt.getTime()).toBeGreaterThan(now.getTime());
  });

  it("gives each institution journey something to try: an application to verify, invited staff, applications to decide", async () => {
    await seedDemoData(testDb);
    await seedDemoData(testDb); // and a second run adds nothing
    const pending = await testDb.institution.findUniqueOrThrow({
      where: { slug: "jinyun-college-computing" },
      select: { status: true, contactEmail: true, events: { select: { to: true, actorId: true } }, memberships: { select: { role: true, user: { select: { id: true, email: true } } } } },
    });
    expect(pending).toMatchObject({ status: "pending", contactEmail: "owner.jinyun@example.com", memberships: [{ role: "owner", user: { email: "owner.jinyun@example.com" } }] });
    expect(pending.events).toEqual([{ to: "pending", actorId: pending.memberships[0]!.user.id }]);

    const invited = await testDb.invitation.findMany({ where: { institution: { slug: "cq-national-software-college" } }, select: { email: true, role: true, acceptedAt: true } });
    expect(invited.map((i) => [i.email, i.role, i.acceptedAt !== null]).sort()).toEqual([
      ["editor.national@example.com", "editor", true],
      ["reviewer.national@example.com", "reviewer", true],
    ]);
    const awaiting = await testDb.enrollment.count({ where: { state: "submitted", offering: { code: "2027-autumn", programme: { slug: "bachelor-software-engineering-nsc" } } } });
    expect(awaiting).toBe(8);
  });
});
