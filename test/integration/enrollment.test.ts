import { afterAll, describe, expect, it } from "vitest";
import { apply, expireOffers, setCapacity, transition } from "@/lib/enrollment/mutations/changes";
import { ENROLLMENT_STATES, SELF_TRANSITIONS, TRANSITIONS, allowed, type EnrollmentState, type Mover, type TransitionName } from "@/lib/enrollment/states";
import type { Actor } from "@/lib/auth/policy";
import { days, makeInstitution, makeOffering, makeProgramme, testDb } from "../support/factories";
import { PASSWORD, actorOf, makeUser } from "../support/accounts";
import { closeAccount } from "@/lib/privacy/mutations";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";

afterAll(() => testDb.$disconnect());

async function offering(admission: "first-come" | "reviewed", capacity: number | null, more: Parameters<typeof makeOffering>[1] = {}) {
  const institution = await makeInstitution();
  const programme = await makeProgramme(institution.id, { kind: admission === "reviewed" ? "overseas" : "training" });
  await testDb.programme.update({ where: { id: programme.id }, data: { admission } });
  return makeOffering(programme.id, { capacity, ...more });
}
const people = async (n: number) => Promise.all(Array.from({ length: n }, async () => actorOf((await makeUser()).id)));
const self = (actor: Actor) => ({ mover: "self" as const, actor });
const reviewer = async () => ({ mover: "reviewer" as const, actor: await actorOf((await makeUser({ bureauRole: "admin" })).id) });
const stateOf = async (id: string) => (await testDb.enrollment.findUniqueOrThrow({ where: { id } })).state;
const seats = async (offeringId: string) => (await testDb.offering.findUniqueOrThrow({ where: { id: offeringId } })).seatsTaken;
const holders = (offeringId: string) => testDb.enrollment.count({ where: { offeringId, state: { in: ["offered", "confirmed", "completed", "no-show"] } } });

describe("the transition table", () => {
  it("allows exactly the listed transitions from the listed states by the listed movers, and nothing else", () => {
    const movers: Mover[] = ["self", "reviewer", "staff", "system"];
    for (const name of Object.keys(TRANSITIONS) as TransitionName[]) {
      for (const state of ENROLLMENT_STATES) {
        for (const mover of movers) {
          const expected = TRANSITIONS[name].from.includes(state) && TRANSITIONS[name].by.includes(mover);
          expect(allowed(name, state, mover), `${name} from ${state} by ${mover}`).toBe(expected);
        }
      }
    }
    // The person's own transitions, as the pages and the API list them, are the table's "self" rows.
    expect([...SELF_TRANSITIONS].sort()).toEqual((Object.keys(TRANSITIONS) as TransitionName[]).filter((n) => TRANSITIONS[n].by.includes("self")).sort());
  });
});

describe("first-come offerings", () => {
  it("confirm while seats last, then waitlist in order; a withdrawal promotes the first in line at once", async () => {
    const o = await offering("first-come", 2);
    const [a, b, c, d] = await people(4);
    const results = [];
    for (const p of [a, b, c, d]) results.push(await apply(p, o.id));
    expect(results.map((r) => r.status === "ok" && r.enrollment.state)).toEqual(["confirmed", "confirmed", "waitlisted", "waitlisted"]);
    const ids = results.map((r) => (r.status === "ok" ? r.enrollment.id : ""));
    expect(await seats(o.id)).toBe(2);

    expect(await transition("withdraw", ids[0], self(a))).toEqual({ status: "ok", state: "withdrawn" });
    expect(await stateOf(ids[2])).toBe("confirmed"); // c, first in line
    expect(await stateOf(ids[3])).toBe("waitlisted");
    expect(await seats(o.id)).toBe(2);
    expect(await holders(o.id)).toBe(2);

    // Leaving the waitlist frees no seat and promotes nobody.
    expect(await transition("withdraw", ids[3], self(d))).toEqual({ status: "ok", state: "withdrawn" });
    const events = await testDb.enrollmentEvent.findMany({ where: { enrollmentId: ids[2] }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.from, e.to, e.actorLabel])).toEqual([[null, "waitlisted", null], ["waitlisted", "confirmed", "waitlist"]]);
    expect(await testDb.notification.count({ where: { userId: c.id, kind: "enrollment.confirmed" } })).toBe(1);
    // And by email, in the person's language, with a link to their applications.
    const email = await testDb.outboxMessage.findFirstOrThrow({ where: { to: c.email, template: "enrollment-changed" }, orderBy: { createdAt: "desc" } });
    expect(email.subject).toMatch(/^报名状态更新：/);
    expect(email.text).toContain("现在的状态是：已确认");
    expect(email.text).toContain("http://localhost:3000/me/enrollments");
  });

  it("take one live enrollment per person: a second application creates nothing; after withdrawing, applying again works", async () => {
    const o = await offering("first-come", 5);
    const [a] = await people(1);
    const first = await apply(a, o.id);
    expect(first.status).toBe("ok");
    const again = await apply(a, o.id);
    expect(again).toEqual({ status: "conflict", enrollmentId: first.status === "ok" ? first.enrollment.id : "" });
    expect(await seats(o.id)).toBe(1);
    await transition("withdraw", first.status === "ok" ? first.enrollment.id : "", self(a));
    expect((await apply(a, o.id)).status).toBe("ok");
    expect(await testDb.enrollment.count({ where: { offeringId: o.id } })).toBe(2);
  });

  it("enforce the enrollment window", async () => {
    const [a] = await people(1);
    expect((await apply(a, (await offering("first-come", 5, { opensIn: 2, closesIn: 10 })).id)).status).toBe("not-yet-open");
    expect((await apply(a, (await offering("first-come", 5, { opensIn: -10, closesIn: -1 })).id)).status).toBe("window-closed");
    expect((await apply(a, (await offering("first-come", 5, { status: "cancelled" })).id)).status).toBe("cancelled");
    expect((await apply(a, "no-such-offering")).status).toBe("not-found");
  });

  it("fill seats added by raising the capacity, in waitlist order", async () => {
    const o = await offering("first-come", 1);
    const list = await people(4);
    const ids = [];
    for (const p of list) { const r = await apply(p, o.id); ids.push(r.status === "ok" ? r.enrollment.id : ""); }
    expect(await setCapacity(o.id, 0)).toBe("below-taken");
    expect(await setCapacity(o.id, 3)).toBe("ok");
    expect(await Promise.all(ids.map(stateOf))).toEqual(["confirmed", "confirmed", "confirmed", "waitlisted"]);
    expect(await seats(o.id)).toBe(3);
  });

  it("stop promoting once the offering has started", async () => {
    const o = await offering("first-come", 1, { opensIn: -10, closesIn: 5, startsIn: 1 });
    const [a, b] = await people(2);
    const ra = await apply(a, o.id);
    const rb = await apply(b, o.id);
    const later = days(2);
    await transition("withdraw", ra.status === "ok" ? ra.enrollment.id : "", self(a), {}, later);
    expect(await stateOf(rb.status === "ok" ? rb.enrollment.id : "")).toBe("waitlisted");
  });

  it("let nobody change another person's enrollment, and refuse transitions the table does not allow", async () => {
    const o = await offering("first-come", 5);
    const [a, b] = await people(2);
    const r = await apply(a, o.id);
    const id = r.status === "ok" ? r.enrollment.id : "";
    expect(await transition("withdraw", id, self(b))).toEqual({ status: "not-found" });
    expect(await transition("accept", id, self(a))).toEqual({ status: "not-allowed" });
    expect(await transition("complete", id, self(a))).toEqual({ status: "not-allowed" });
    expect(await transition("approve", id, await reviewer())).toEqual({ status: "not-allowed" });
    expect(await stateOf(id)).toBe("confirmed");
  });
});

describe("reviewed offerings", () => {
  it("go submitted, approved into a seat or onto the waitlist (visibly different from awaiting review), offered when a seat frees, then confirmed on acceptance", async () => {
    const o = await offering("reviewed", 1);
    const [a, b, c] = await people(3);
    const ids: string[] = [];
    for (const p of [a, b, c]) { const r = await apply(p, o.id, {}); ids.push(r.status === "ok" ? r.enrollment.id : ""); }
    expect(await Promise.all(ids.map(stateOf))).toEqual(["submitted", "submitted", "submitted"]);
    expect(await seats(o.id)).toBe(0);
    const bureau = await reviewer();
    expect(await transition("approve", ids[0], bureau)).toEqual({ status: "ok", state: "confirmed" });
    expect(await transition("approve", ids[1], bureau)).toEqual({ status: "ok", state: "waitlisted" });
    expect(await transition("reject", ids[2], bureau, { reasonCode: "requirements", message: "IELTS 6.5 needed" })).toEqual({ status: "ok", state: "rejected" });
    expect((await apply(c, o.id)).status).toBe("conflict"); // no second try after a rejection

    const now = new Date();
    await transition("withdraw", ids[0], self(a), {}, now);
    const offered = await testDb.enrollment.findUniqueOrThrow({ where: { id: ids[1] } });
    expect(offered.state).toBe("offered");
    expect(offered.offerExpiresAt!.getTime() - now.getTime()).toBe(48 * 3_600_000);
    expect(await seats(o.id)).toBe(1); // the offer holds the seat
    expect(await transition("accept", ids[1], self(b))).toEqual({ status: "ok", state: "confirmed" });
    expect((await testDb.outboxMessage.findFirstOrThrow({ where: { to: b.email, template: "enrollment-changed", text: { contains: "审核已通过，等待名额" } } })).subject).toMatch(/^报名状态更新/);
    const rejection = await testDb.enrollmentEvent.findFirstOrThrow({ where: { enrollmentId: ids[2], to: "rejected" } });
    expect(rejection).toMatchObject({ reasonCode: "requirements", message: "IELTS 6.5 needed", actorId: bureau.actor.id });
  });

  it("pass a declined or expired offer to the next person in line", async () => {
    const o = await offering("reviewed", 1);
    const list = await people(4);
    const bureau = await reviewer();
    const ids: string[] = [];
    for (const p of list) {
      const r = await apply(p, o.id);
      const id = r.status === "ok" ? r.enrollment.id : "";
      await transition("approve", id, bureau);
      ids.push(id);
    }
    expect(await Promise.all(ids.map(stateOf))).toEqual(["confirmed", "waitlisted", "waitlisted", "waitlisted"]);
    const t0 = new Date();
    await transition("withdraw", ids[0], self(list[0]), {}, t0);
    expect(await stateOf(ids[1])).toBe("offered");
    await transition("decline", ids[1], self(list[1]), {}, t0);
    expect(await Promise.all(ids.slice(1).map(stateOf))).toEqual(["declined", "offered", "waitlisted"]);

    expect(await expireOffers(new Date(t0.getTime() + 47 * 3_600_000), o.id)).toBe(0);
    // Past the deadline, before the scheduler runs: the person sees the offer lapsed and can no
    // longer accept it, and reading it changed nothing.
    const late = new Date(t0.getTime() + 49 * 3_600_000);
    expect((await findEnrollmentsOf(list[2].id, [ids[2]], late))[0]!.state).toBe("expired");
    expect(await stateOf(ids[2])).toBe("offered");
    expect(await transition("accept", ids[2], self(list[2]), {}, late)).toEqual({ status: "not-allowed" });
    expect(await expireOffers(late, o.id)).toBe(1);
    expect(await Promise.all(ids.slice(2).map(stateOf))).toEqual(["expired", "offered"]);
    expect(await seats(o.id)).toBe(1);
    expect(await holders(o.id)).toBe(1);
    // Declined and expired people may apply again.
    expect((await apply(list[1], o.id)).status).toBe("ok");
  });
});

describe("account deletion", () => {
  it("gives the deleted person's seat to the waitlist", async () => {
    const o = await offering("first-come", 1);
    const [a, b] = await people(2);
    await apply(a, o.id);
    const rb = await apply(b, o.id);
    expect(await closeAccount(a, PASSWORD, { ip: null })).toBe("deleted");
    expect(await stateOf(rb.status === "ok" ? rb.enrollment.id : "")).toBe("confirmed");
    expect(await seats(o.id)).toBe(1);
    expect(await holders(o.id)).toBe(1);
  });
});

describe("seats under concurrency", () => {
  it("200 simultaneous applications to 20 seats: exactly 20 confirmed, 180 waitlisted at positions 1..180, seats taken = confirmed", async () => {
    const o = await offering("first-come", 20);
    const list = await people(200);
    const results = await Promise.all(list.map((p) => apply(p, o.id)));
    const states = results.map((r) => (r.status === "ok" ? r.enrollment.state : r.status));
    expect(states.filter((s) => s === "confirmed")).toHaveLength(20);
    expect(states.filter((s) => s === "waitlisted")).toHaveLength(180);
    expect(await seats(o.id)).toBe(20);
    const ranks = (await testDb.enrollment.findMany({ where: { offeringId: o.id, state: "waitlisted" }, orderBy: { waitRank: "asc" }, select: { waitRank: true } })).map((e) => e.waitRank);
    expect(new Set(ranks).size).toBe(180);

    // Withdrawals interleaved with more applications: never over capacity, promotions in order.
    const confirmed = results.flatMap((r, i) => (r.status === "ok" && r.enrollment.state === "confirmed" ? [{ id: r.enrollment.id, actor: list[i] }] : []));
    const firstInLine = await testDb.enrollment.findMany({ where: { offeringId: o.id, state: "waitlisted" }, orderBy: { waitRank: "asc" }, take: 10, select: { id: true } });
    const more = await people(10);
    await Promise.all([...confirmed.slice(0, 10).map((c) => transition("withdraw", c.id, self(c.actor))), ...more.map((p) => apply(p, o.id))]);
    expect(await seats(o.id)).toBe(20);
    expect(await holders(o.id)).toBe(20);
    expect(await Promise.all(firstInLine.map((e) => stateOf(e.id)))).toEqual(Array(10).fill("confirmed" satisfies EnrollmentState));
  });
});
