import { afterAll, describe, expect, it } from "vitest";
import { apply, transition } from "@/lib/enrollment/mutations/changes";
import { admitOverCapacity, decide, moveOnWaitlist, staffTransition } from "@/lib/enrollment/mutations/staff";
import { admitSchema, waitlistMoveSchema } from "@/lib/enrollment/schema";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import type { Actor } from "@/lib/auth/policy";
import { makeInstitution, makeOffering, makeProgramme, testDb } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

// The data functions the institutions' staff screens will call: each checks the policy against the
// institution running the offering, and records what it did.

async function setting(admission: "first-come" | "reviewed", capacity: number) {
  const institution = await makeInstitution();
  const programme = await makeProgramme(institution.id, { kind: admission === "reviewed" ? "overseas" : "training" });
  await testDb.programme.update({ where: { id: programme.id }, data: { admission } });
  const offering = await makeOffering(programme.id, { capacity });
  const member = async (role: "owner" | "editor" | "reviewer") => {
    const user = await makeUser();
    await testDb.membership.create({ data: { userId: user.id, institutionId: institution.id, role } });
    return actorOf(user.id);
  };
  return { institution, offering, owner: await member("owner"), editor: await member("editor"), reviewer: await member("reviewer") };
}
const people = async (n: number) => Promise.all(Array.from({ length: n }, async () => actorOf((await makeUser()).id)));
const idOf = (r: Awaited<ReturnType<typeof apply>>) => (r.status === "ok" ? r.enrollment.id : "");
const positions = async (actors: Actor[]) => Promise.all(actors.map(async (a) => (await findEnrollmentsOf(a.id))[0]?.position ?? null));

describe("staff of the institution running an offering", () => {
  it("reorder the waitlist with a recorded reason; others cannot, and see nothing", async () => {
    const { offering, editor, reviewer, institution } = await setting("first-come", 1);
    const [holder, a, b, c] = await people(4);
    for (const p of [holder, a, b, c]) await apply(p!, offering.id);
    expect(await positions([a!, b!, c!])).toEqual([1, 2, 3]);
    const cId = (await findEnrollmentsOf(c!.id))[0]!.id;

    const outsider = (await setting("first-come", 1)).owner; // owner of another institution
    expect(await moveOnWaitlist(outsider, { enrollmentId: cId, position: 1, reason: "no right" })).toEqual({ status: "not-found" });
    expect(await moveOnWaitlist(reviewer, { enrollmentId: cId, position: 1, reason: "reviewers decide, they do not run" })).toEqual({ status: "not-found" });
    expect(waitlistMoveSchema.safeParse({ enrollmentId: cId, position: 1, reason: "   " }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "reason_required"]]);
    expect(await positions([a!, b!, c!])).toEqual([1, 2, 3]);

    expect(await moveOnWaitlist(editor, { enrollmentId: cId, position: 1, reason: "Sponsored by a partner company" })).toEqual({ status: "ok", position: 1 });
    expect(await positions([a!, b!, c!])).toEqual([2, 3, 1]);
    const event = await testDb.enrollmentEvent.findFirstOrThrow({ where: { enrollmentId: cId, actorLabel: "waitlist-reorder" } });
    expect(event).toMatchObject({ from: "waitlisted", to: "waitlisted", actorId: editor.id, message: "Sponsored by a partner company" });
    expect(await testDb.auditEvent.findFirst({ where: { action: "enrollment.waitlist-reordered", subjectId: cId, institutionId: institution.id } })).not.toBeNull();

    // The new order is the promotion order: the holder withdraws, c is confirmed.
    await transition("withdraw", (await findEnrollmentsOf(holder!.id))[0]!.id, { mover: "self", actor: holder! });
    expect((await findEnrollmentsOf(c!.id))[0]!.state).toBe("confirmed");
    expect(await positions([a!, b!])).toEqual([1, 2]);
  });

  it("admit over capacity: the capacity rises by one and the person is confirmed in one audited step, never over capacity", async () => {
    const { offering, owner, institution } = await setting("first-come", 1);
    const [holder, waiting] = await people(2);
    await apply(holder!, offering.id);
    const id = idOf(await apply(waiting!, offering.id));
    expect(admitSchema.safeParse({ enrollmentId: id, reason: "" }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "reason_required"]]);
    expect(await admitOverCapacity(owner, { enrollmentId: id, reason: "Company-funded place" })).toEqual({ status: "ok", state: "confirmed" });
    const after = await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } });
    expect([after.capacity, after.seatsTaken]).toEqual([2, 2]);
    expect(await admitOverCapacity(owner, { enrollmentId: id, reason: "again" })).toEqual({ status: "not-allowed" });
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "enrollment.admitted-over-capacity", subjectId: id } });
    expect(audit).toMatchObject({ institutionId: institution.id, data: { from: "waitlisted", capacity: { before: 1, after: 2 }, reason: "Company-funded place" } });
  });

  it("cancel, complete and mark no-show through the table; a cancellation hands the seat on", async () => {
    const { offering, editor } = await setting("first-come", 1);
    const [a, b] = await people(2);
    const aId = idOf(await apply(a!, offering.id));
    const bId = idOf(await apply(b!, offering.id));
    expect(await staffTransition(editor, "complete", bId)).toEqual({ status: "not-allowed" }); // b is waiting
    expect(await staffTransition(editor, "cancel", aId, { reasonCode: "eligibility", message: "Not a Chongqing resident" })).toEqual({ status: "ok", state: "cancelled" });
    expect((await findEnrollmentsOf(b!.id))[0]!.state).toBe("confirmed");
    expect(await staffTransition(editor, "no-show", bId)).toEqual({ status: "ok", state: "no-show" });
    expect((await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } })).seatsTaken).toBe(1); // no-show still holds its seat
    expect(await testDb.auditEvent.count({ where: { action: "enrollment.staff-changed", subjectId: { in: [aId, bId] } } })).toBe(2);
    expect((await apply(a!, offering.id)).status).toBe("conflict"); // no new application after a cancellation
  });

  it("decide reviewed applications as the institution's reviewer or the bureau; nobody else", async () => {
    const { offering, reviewer, editor } = await setting("reviewed", 2);
    const [a, b] = await people(2);
    const aId = idOf(await apply(a!, offering.id));
    const bId = idOf(await apply(b!, offering.id));
    expect(await decide(editor, { enrollmentId: aId, decision: "approve" })).toEqual({ status: "not-found" });
    expect(await decide(a!, { enrollmentId: bId, decision: "approve" })).toEqual({ status: "not-found" });
    expect(await decide(reviewer, { enrollmentId: aId, decision: "approve" })).toEqual({ status: "ok", state: "confirmed" });
    const bureau = await actorOf((await makeUser({ bureauRole: "reviewer" })).id);
    expect(await decide(bureau, { enrollmentId: bId, decision: "reject", reasonCode: "requirements", message: "Needs two years of experience" })).toEqual({ status: "ok", state: "rejected" });
    const trail = await testDb.auditEvent.findMany({ where: { action: "enrollment.decided", subjectId: { in: [aId, bId] } }, orderBy: { at: "asc" } });
    expect(trail.map((e) => [e.actorId, (e.data as { decision: string; to: string }).decision, (e.data as { to: string }).to])).toEqual([[reviewer.id, "approve", "confirmed"], [bureau.id, "reject", "rejected"]]);
  });

  it("never act on their own applications: no approving, promoting or admitting oneself", async () => {
    const { offering, reviewer, owner } = await setting("reviewed", 1);
    const own = idOf(await apply(reviewer, offering.id));
    expect(await decide(reviewer, { enrollmentId: own, decision: "approve" })).toEqual({ status: "not-found" });
    const ownersOwn = idOf(await apply(owner, offering.id));
    expect(await admitOverCapacity(owner, { enrollmentId: ownersOwn, reason: "I run it" })).toEqual({ status: "not-found" });
    expect(await staffTransition(owner, "cancel", ownersOwn)).toEqual({ status: "not-found" });
    expect(await decide(owner, { enrollmentId: own, decision: "approve" })).toEqual({ status: "ok", state: "confirmed" }); // a colleague may
  });
});
