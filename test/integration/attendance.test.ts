import fc from "fast-check";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { apply, transition } from "@/lib/enrollment/mutations/changes";
import { staffTransition } from "@/lib/enrollment/mutations/staff";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { enrollmentCalendar } from "@/lib/enrollment/calendar";
import { checkInKey, checkInPayload, shortCheckInCode } from "@/lib/attendance/code";
import { completeByAttendance, markPresent, undoCheckIn } from "@/lib/attendance/mutations";
import { findCheckInOffering, findCheckInSession } from "@/lib/attendance/queries";
import { checkInSchema } from "@/lib/attendance/schema";
import { parseIn } from "@/lib/i18n/validation";
import { findAccountData } from "@/lib/accounts/queries";
import type { Actor } from "@/lib/auth/policy";
import { days, makeInstitution, makeOffering, makeProgramme, testDb } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

// Attendance at the door: checking in by QR, typed code and name; what is refused and why; who
// may; and completion from attendance, through the enrollment state machine.

const HOUR = 3_600_000;
const BASE = new Date("2026-12-07T01:00:00Z"); // 09:00 in Chongqing

async function member(institutionId: string, role: "owner" | "editor" | "reviewer") {
  const user = await makeUser();
  await testDb.membership.create({ data: { userId: user.id, institutionId, role } });
  return actorOf(user.id);
}

/** An institution with an owner, editor and reviewer, and an offering whose sessions start at BASE, one a day. */
async function setting(sessions = 3) {
  const institution = await makeInstitution();
  const programme = await makeProgramme(institution.id);
  const offering = await makeOffering(programme.id, { sessions, startsIn: 0, now: BASE });
  const sessionRows = await testDb.offeringSession.findMany({ where: { offeringId: offering.id }, orderBy: { position: "asc" } });
  return {
    institution, programme, offering, sessions: sessionRows,
    owner: await member(institution.id, "owner"), editor: await member(institution.id, "editor"), reviewer: await member(institution.id, "reviewer"),
  };
}

/** A person with a confirmed place (applied the day before the first session). */
async function confirmedIn(offeringId: string, name = "王芳") {
  const user = await makeUser();
  await testDb.user.update({ where: { id: user.id }, data: { name } });
  const actor = await actorOf(user.id);
  const result = await apply(actor, offeringId, {}, days(-1, BASE));
  if (result.status !== "ok" || result.enrollment.state !== "confirmed") throw new Error(`not confirmed: ${JSON.stringify(result)}`);
  return { actor, enrollmentId: result.enrollment.id };
}

const key = () => checkInKey();
const attendanceCount = (where: { sessionId?: string; enrollmentId?: string } = {}) => testDb.attendance.count({ where });
const during = (session: { startsAt: Date }, minutes = 3) => new Date(session.startsAt.getTime() + minutes * 60_000);

describe("checking in", () => {
  it("by QR: marks present once, audited; a second scan changes nothing and says when", async () => {
    const { offering, sessions, editor, institution } = await setting();
    const { enrollmentId } = await confirmedIn(offering.id);
    const code = checkInPayload(enrollmentId, key());
    const first = await markPresent(editor, { by: "code", sessionId: sessions[0]!.id, code }, during(sessions[0]!));
    expect(first).toEqual({ status: "ok", enrollmentId, name: "王芳", at: during(sessions[0]!), method: "qr" });
    const again = await markPresent(editor, { by: "code", sessionId: sessions[0]!.id, code }, during(sessions[0]!, 10));
    expect(again).toEqual({ status: "already", enrollmentId, name: "王芳", at: during(sessions[0]!), method: "qr" });
    expect(await testDb.attendance.findMany({ where: { enrollmentId } })).toEqual([
      { enrollmentId, sessionId: sessions[0]!.id, method: "qr", markedById: editor.id, at: during(sessions[0]!) },
    ]);
    const audits = await testDb.auditEvent.findMany({ where: { action: "attendance.marked", subjectId: enrollmentId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: editor.id, institutionId: institution.id, subjectType: "enrollment", data: { sessionId: sessions[0]!.id, method: "qr" } });
    // Each session is its own: the same code checks the person in to the next one.
    expect((await markPresent(editor, { by: "code", sessionId: sessions[1]!.id, code }, during(sessions[1]!))).status).toBe("ok");
    // The person's data export (PIPL) includes their attendance.
    const { userId } = await testDb.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } });
    expect((await findAccountData(userId))?.enrollments[0]?.attendances).toEqual([
      { at: during(sessions[0]!), method: "qr", session: { startsAt: sessions[0]!.startsAt } },
      { at: during(sessions[1]!), method: "qr", session: { startsAt: sessions[1]!.startsAt } },
    ]);
  });

  it("by the short code typed in (any case, spaces, O for 0) and by name", async () => {
    const { offering, sessions, owner } = await setting();
    const a = await confirmedIn(offering.id, "李娜");
    const b = await confirmedIn(offering.id, "张伟");
    const typed = ` ${shortCheckInCode(a.enrollmentId, key()).toLowerCase().replace("-", " ").replace(/0/g, "o")} `;
    expect(await markPresent(owner, { by: "code", sessionId: sessions[0]!.id, code: typed }, during(sessions[0]!))).toMatchObject({ status: "ok", enrollmentId: a.enrollmentId, method: "qr" });
    expect(await markPresent(owner, { by: "name", sessionId: sessions[0]!.id, enrollmentId: b.enrollmentId }, during(sessions[0]!))).toMatchObject({ status: "ok", enrollmentId: b.enrollmentId, name: "张伟", method: "name" });
    expect((await markPresent(owner, { by: "name", sessionId: sessions[0]!.id, enrollmentId: b.enrollmentId }, during(sessions[0]!, 5))).status).toBe("already");
    const view = await findCheckInSession((await testDb.programme.findUniqueOrThrow({ where: { id: offering.programmeId } })).institutionId, offering.id, sessions[0]!.id);
    expect(view?.participants.map((p) => [p.name, p.presentAt !== null])).toEqual([["李娜", true], ["张伟", true]]);
  });

  it("two phones scanning the same code at once: one check-in, and the other is told it was already made", async () => {
    const { offering, sessions, owner, editor } = await setting();
    const { enrollmentId } = await confirmedIn(offering.id);
    const code = checkInPayload(enrollmentId, key());
    const results = await Promise.all([owner, editor, owner, editor].map((a) => markPresent(a, { by: "code", sessionId: sessions[0]!.id, code }, during(sessions[0]!))));
    expect(results.map((r) => r.status).sort()).toEqual(["already", "already", "already", "ok"]);
    expect(await attendanceCount({ enrollmentId })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { action: "attendance.marked", subjectId: enrollmentId } })).toBe(1);
  });

  it("refuses, and writes nothing for: another offering's code, a forged, unknown or unreadable one, a place not confirmed, one's own place", async () => {
    const { offering, programme, sessions, owner, institution } = await setting();
    const s = sessions[0]!;
    const at = during(s);
    const elsewhere = await makeOffering(programme.id, { sessions: 1, startsIn: 0, now: BASE });
    const other = await confirmedIn(elsewhere.id);
    const withdrawn = await confirmedIn(offering.id, "退出者");
    await transition("withdraw", withdrawn.enrollmentId, { mover: "self", actor: withdrawn.actor });
    const cancelled = await confirmedIn(offering.id, "取消者");
    expect((await staffTransition(owner, "cancel", cancelled.enrollmentId, { reasonCode: "eligibility" })).status).toBe("ok");
    const noShow = await confirmedIn(offering.id, "缺席者");
    await testDb.enrollment.update({ where: { id: noShow.enrollmentId }, data: { state: "no-show" } });
    // The owner also holds a place in this offering (a colleague taking the course).
    const own = await apply(owner, offering.id, {}, days(-1, BASE));
    if (own.status !== "ok") throw new Error("owner could not apply");

    const code = (text: string) => markPresent(owner, { by: "code", sessionId: s.id, code: text }, at);
    expect(await code(checkInPayload(other.enrollmentId, key()))).toEqual({ status: "other-offering" });
    expect(await code(checkInPayload(withdrawn.enrollmentId, key()))).toEqual({ status: "not-confirmed", name: "退出者", state: "withdrawn" });
    expect(await code(shortCheckInCode(cancelled.enrollmentId, key()))).toEqual({ status: "not-confirmed", name: "取消者", state: "cancelled" });
    expect(await code(checkInPayload(noShow.enrollmentId, key()))).toEqual({ status: "not-confirmed", name: "缺席者", state: "no-show" });
    expect(await code(checkInPayload(own.enrollment.id, key()))).toEqual({ status: "self" });
    expect(await code(checkInPayload(withdrawn.enrollmentId, "some other key"))).toEqual({ status: "forged" });
    expect(await code(`CQCI:${withdrawn.enrollmentId.toUpperCase()}:${"A".repeat(16)}`)).toEqual({ status: "forged" });
    expect(await code(checkInPayload("nosuchenrollment0000000000", key()))).toEqual({ status: "unknown-code" });
    expect(await code(shortCheckInCode(other.enrollmentId, key()))).toEqual({ status: "unknown-code" }); // a typed code is looked for in this offering only
    expect(await code("https://example.com/pay?id=1")).toEqual({ status: "unreadable" });
    expect(await code("")).toEqual({ status: "unreadable" });
    expect(await markPresent(owner, { by: "name", sessionId: s.id, enrollmentId: other.enrollmentId }, at)).toEqual({ status: "not-found" });
    expect(await markPresent(owner, { by: "name", sessionId: s.id, enrollmentId: withdrawn.enrollmentId }, at)).toMatchObject({ status: "not-confirmed" });
    expect(await testDb.attendance.count({ where: { session: { offeringId: { in: [offering.id, elsewhere.id] } } } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { action: "attendance.marked", institutionId: institution.id } })).toBe(0);
  });

  it("opens 12 hours before a session, and never for a cancelled offering", async () => {
    const { offering, sessions, owner } = await setting();
    const { enrollmentId } = await confirmedIn(offering.id);
    const code = checkInPayload(enrollmentId, key());
    const tomorrow = sessions[1]!;
    expect(await markPresent(owner, { by: "code", sessionId: tomorrow.id, code }, during(sessions[0]!))).toEqual({
      status: "too-early", opensAt: new Date(tomorrow.startsAt.getTime() - 12 * HOUR), timeZone: "Asia/Shanghai",
    });
    expect((await markPresent(owner, { by: "code", sessionId: tomorrow.id, code }, new Date(tomorrow.startsAt.getTime() - 11 * HOUR))).status).toBe("ok");
    await testDb.offering.update({ where: { id: offering.id }, data: { status: "cancelled" } });
    expect(await markPresent(owner, { by: "code", sessionId: sessions[2]!.id, code }, during(sessions[2]!))).toEqual({ status: "offering-cancelled" });
    expect(await attendanceCount({ enrollmentId })).toBe(1);
  });

  it("undo takes a check-in back (audited); undoing again changes nothing", async () => {
    const { offering, sessions, editor, institution } = await setting();
    const { enrollmentId } = await confirmedIn(offering.id);
    await markPresent(editor, { by: "name", sessionId: sessions[0]!.id, enrollmentId }, during(sessions[0]!));
    expect(await undoCheckIn(editor, { sessionId: sessions[0]!.id, enrollmentId })).toEqual({ status: "ok", removed: true, name: "王芳" });
    expect(await attendanceCount({ enrollmentId })).toBe(0);
    expect(await undoCheckIn(editor, { sessionId: sessions[0]!.id, enrollmentId })).toEqual({ status: "ok", removed: false, name: "王芳" });
    expect(await testDb.auditEvent.count({ where: { action: "attendance.unmarked", subjectId: enrollmentId, institutionId: institution.id } })).toBe(1);
    // A place of another offering, through this session: not found.
    const elsewhere = await confirmedIn((await makeOffering(offering.programmeId, { sessions: 1, startsIn: 0, now: BASE })).id);
    expect(await undoCheckIn(editor, { sessionId: sessions[0]!.id, enrollmentId: elsewhere.enrollmentId })).toEqual({ status: "not-found" });
  });
});

describe("who may check people in", () => {
  it("owners, editors and bureau admins; for anyone else (staff of another institution, reviewers, the bureau's reviewers, learners) the session does not exist, and nothing changes", async () => {
    const { offering, sessions, institution } = await setting();
    const { enrollmentId, actor: learner } = await confirmedIn(offering.id);
    const s = sessions[0]!;
    const at = during(s);
    const code = checkInPayload(enrollmentId, key());
    const otherInstitution = await setting();
    const refused: Actor[] = [
      otherInstitution.owner, otherInstitution.editor, (await setting()).reviewer,
      await member(institution.id, "reviewer"), await actorOf((await makeUser({ bureauRole: "reviewer" })).id), learner,
    ];
    for (const actor of refused) {
      expect(await markPresent(actor, { by: "code", sessionId: s.id, code }, at)).toEqual({ status: "not-found" });
      expect(await markPresent(actor, { by: "name", sessionId: s.id, enrollmentId }, at)).toEqual({ status: "not-found" });
      expect(await undoCheckIn(actor, { sessionId: s.id, enrollmentId })).toEqual({ status: "not-found" });
      expect(await completeByAttendance(actor, { offeringId: offering.id, threshold: 80, mark: "completed" }, days(10, BASE))).toEqual({ status: "not-found" });
    }
    expect(await attendanceCount({ enrollmentId })).toBe(0);
    expect((await testDb.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).state).toBe("confirmed");
    // Staff of another institution see nothing of this one's offering on their pages either.
    expect(await findCheckInOffering(otherInstitution.institution.id, offering.id)).toBeNull();
    expect(await findCheckInSession(otherInstitution.institution.id, offering.id, s.id)).toBeNull();

    const admin = await actorOf((await makeUser({ bureauRole: "admin" })).id);
    expect((await markPresent(admin, { by: "code", sessionId: s.id, code }, at)).status).toBe("ok");
    // Someone removed from the staff loses the right at once (roles are read on each request).
    const leaving = await member(institution.id, "editor");
    await testDb.membership.deleteMany({ where: { userId: leaving.id } });
    expect(await undoCheckIn(await actorOf(leaving.id), { sessionId: s.id, enrollmentId })).toEqual({ status: "not-found" });
    expect(await attendanceCount({ enrollmentId })).toBe(1);
  });
});

describe("attendance feeds completion", () => {
  it("by threshold once the last session has started: completed at or above it, no-show for none, the rest left; through the state machine", async () => {
    const { offering, sessions, owner, institution } = await setting(5);
    const people = await Promise.all(["满勤", "四次", "三次", "未到"].map((name) => confirmedIn(offering.id, name)));
    const attended = [5, 4, 3, 0];
    for (const [i, { enrollmentId }] of people.entries()) {
      for (const s of sessions.slice(0, attended[i])) await markPresent(owner, { by: "name", sessionId: s.id, enrollmentId }, during(s));
    }
    const last = sessions[4]!;
    expect(await completeByAttendance(owner, { offeringId: offering.id, threshold: 80, mark: "completed" }, new Date(last.startsAt.getTime() - 60_000))).toEqual({
      status: "not-yet", opensAt: last.startsAt, timeZone: "Asia/Shanghai",
    });
    const states = async () => Promise.all(people.map(async (p) => (await testDb.enrollment.findUniqueOrThrow({ where: { id: p.enrollmentId } })).state));
    expect(await states()).toEqual(["confirmed", "confirmed", "confirmed", "confirmed"]);

    const after = during(last, 30);
    expect(await completeByAttendance(owner, { offeringId: offering.id, threshold: 80, mark: "completed" }, after)).toEqual({ status: "ok", mark: "completed", changed: 2, unchanged: 0 });
    expect(await states()).toEqual(["completed", "completed", "confirmed", "confirmed"]);
    expect(await completeByAttendance(owner, { offeringId: offering.id, threshold: 80, mark: "no-show" }, after)).toEqual({ status: "ok", mark: "no-show", changed: 1, unchanged: 0 });
    expect(await states()).toEqual(["completed", "completed", "confirmed", "no-show"]);
    // Run again: nothing left to change. A lower threshold takes the one with three sessions.
    expect(await completeByAttendance(owner, { offeringId: offering.id, threshold: 80, mark: "completed" }, after)).toEqual({ status: "ok", mark: "completed", changed: 0, unchanged: 0 });
    expect(await completeByAttendance(owner, { offeringId: offering.id, threshold: 60, mark: "completed" }, after)).toEqual({ status: "ok", mark: "completed", changed: 1, unchanged: 0 });
    expect(await states()).toEqual(["completed", "completed", "completed", "no-show"]);

    // Each change is on the person's timeline, notified and audited, with the reason.
    const event = await testDb.enrollmentEvent.findFirstOrThrow({ where: { enrollmentId: people[1]!.enrollmentId, to: "completed" } });
    expect(event).toMatchObject({ from: "confirmed", actorId: owner.id, reasonCode: "attendance" });
    expect(await testDb.notification.count({ where: { userId: people[1]!.actor.id, kind: "enrollment.completed" } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { action: "enrollment.staff-changed", institutionId: institution.id, subjectId: { in: people.map((p) => p.enrollmentId) } } })).toBe(4);
    // Completion keeps the seat (DECISIONS.md).
    expect((await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } })).seatsTaken).toBe(4);
    // The learner sees it.
    expect((await findEnrollmentsOf(people[0]!.actor.id))[0]!.state).toBe("completed");
    // The overview counts as the page shows them.
    const overview = await findCheckInOffering(institution.id, offering.id);
    expect(overview?.participants.map((p) => [p.name, p.attended, p.state])).toEqual(expect.arrayContaining([["满勤", 5, "completed"], ["未到", 0, "no-show"]]));
    expect(overview?.sessions.map((s) => s.present)).toEqual([3, 3, 3, 2, 1]);
  });

  it("one's own place is left unchanged and counted so; a cancelled offering or one without sessions is refused", async () => {
    const { offering, sessions, owner, editor } = await setting(1);
    const own = await apply(editor, offering.id, {}, days(-1, BASE));
    if (own.status !== "ok") throw new Error("editor could not apply");
    const other = await confirmedIn(offering.id);
    await markPresent(owner, { by: "name", sessionId: sessions[0]!.id, enrollmentId: own.enrollment.id }, during(sessions[0]!));
    await markPresent(editor, { by: "name", sessionId: sessions[0]!.id, enrollmentId: other.enrollmentId }, during(sessions[0]!));
    expect(await completeByAttendance(editor, { offeringId: offering.id, threshold: 80, mark: "completed" }, during(sessions[0]!))).toEqual({ status: "ok", mark: "completed", changed: 1, unchanged: 1 });
    expect((await testDb.enrollment.findUniqueOrThrow({ where: { id: own.enrollment.id } })).state).toBe("confirmed");

    const empty = await makeOffering(offering.programmeId, { sessions: 0, startsIn: -5, now: BASE });
    expect(await completeByAttendance(owner, { offeringId: empty.id, threshold: 80, mark: "completed" }, BASE)).toEqual({ status: "no-sessions" });
    await testDb.offering.update({ where: { id: offering.id }, data: { status: "cancelled" } });
    expect(await completeByAttendance(owner, { offeringId: offering.id, threshold: 80, mark: "no-show" }, during(sessions[0]!))).toEqual({ status: "offering-cancelled" });
  });
});

describe("the code outside the check-in page", () => {
  it("is in each calendar entry of a confirmed place, with the link that opens its QR code", async () => {
    const { offering } = await setting(2);
    const { actor, enrollmentId } = await confirmedIn(offering.id);
    const [view] = await findEnrollmentsOf(actor.id);
    const ics = enrollmentCalendar(view!, "en", "http://localhost:3000/en/programmes/x", "Portal");
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.description).toContain(`Check-in code: ${shortCheckInCode(enrollmentId, key())}`);
      expect(e.description).toContain(`http://localhost:3000/en/me/enrollments?show=${enrollmentId}#check-in-${enrollmentId}`);
    }
    const zh = enrollmentCalendar(view!, "zh-CN", "http://localhost:3000/programmes/x", "平台");
    expect(zh).toContain(`签到码：${shortCheckInCode(enrollmentId, key())}`);
  });
});

describe("check-in under random and hostile input", () => {
  it("property: no input throws; refused input writes nothing; accepted input writes at most one row per place and session", async () => {
    const { offering, sessions, owner } = await setting(1);
    const { enrollmentId } = await confirmedIn(offering.id);
    const s = sessions[0]!;
    const hostile = fc.oneof(
      fc.string(), fc.string({ unit: "grapheme", maxLength: 300 }), fc.constantFrom("", "\u0000", "\ud800", "x".repeat(5000), "CQCI:", "'; DROP TABLE \"Attendance\"; --"),
      fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 }),
    );
    const input = fc.record({
      by: fc.oneof(fc.constantFrom("code", "name"), hostile),
      sessionId: fc.oneof(fc.constant(s.id), hostile),
      code: fc.oneof(fc.constant(checkInPayload(enrollmentId, key())), fc.constant(shortCheckInCode(enrollmentId, key())), fc.constant(checkInPayload(enrollmentId, "forged")), hostile),
      enrollmentId: fc.oneof(fc.constant(enrollmentId), hostile),
    }, { requiredKeys: [] });
    let accepted = 0;
    await fc.assert(fc.asyncProperty(input, fc.constantFrom("zh-CN", "en" as const), async (raw, locale) => {
      await testDb.attendance.deleteMany({ where: { sessionId: s.id } });
      const parsed = parseIn(checkInSchema, raw, locale);
      if (!parsed.success) {
        expect(parsed.error.issues.every((i) => i.message.length > 0)).toBe(true);
        return;
      }
      const result = await markPresent(owner, parsed.data, during(s));
      const rows = await attendanceCount({ sessionId: s.id });
      if (result.status === "ok") {
        accepted++;
        expect(rows).toBe(1);
      } else {
        expect(rows).toBe(0);
      }
    }), { numRuns: 150 });
    expect(accepted).toBeGreaterThan(0);
  });
});
