import { afterAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { apply, transition } from "@/lib/enrollment/mutations/changes";
import { renewCalendarFeed, saveDraft, stopCalendarFeed } from "@/lib/enrollment/mutations/drafts";
import { prepareApplication } from "@/lib/enrollment/application";
import { calendarFeedUrl } from "@/lib/enrollment/calendar-feed";
import { draftValues, readSnapshot } from "@/lib/enrollment/questions";
import { createApiToken } from "@/lib/accounts/mutations/profile";
import { closeAccount } from "@/lib/privacy/mutations";
import { GET as feedRoute } from "@/app/api/v1/calendar/[feed]/route";
import { POST as applyRoute } from "@/app/api/v1/offerings/[id]/enrollments/route";
import { GET as questionsRoute } from "@/app/api/v1/offerings/[id]/questions/route";
import { overseasQuestions } from "@/prisma/seed/data/questions";
import { makeInstitution, makeOffering, makeProgramme, testDb } from "../support/factories";
import { PASSWORD, actorOf, makeApiToken, makeUser, publishQuestionsAsAdmin } from "../support/accounts";

afterAll(() => testDb.$disconnect());

const statement = "I want to learn how large teams review code and test releases, and bring those habits back to my company in Chongqing.";
const goodAnswers = { "language-test": "toefl", "toefl-score": "98", "years-experience": "5", statement };

async function overseasOffering(capacity = 10) {
  const institution = await makeInstitution();
  const programme = await makeProgramme(institution.id, { kind: "overseas" });
  await testDb.programme.update({ where: { id: programme.id }, data: { admission: "reviewed" } });
  const version = await publishQuestionsAsAdmin(programme.id, overseasQuestions);
  const offering = await makeOffering(programme.id, { capacity });
  return { programme, offering, version };
}

async function apiApply(userId: string, offeringId: string, body: unknown, locale = "en") {
  // A personal API token: the route runs outside Next's request scope here, where cookies cannot be read.
  const { token } = await makeApiToken(await actorOf(userId), { name: "test", expiresInDays: 30 }, { ip: null });
  const request = new Request(`http://localhost:3000/api/v1/offerings/${offeringId}/enrollments`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "accept-language": locale, "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return applyRoute(request, { params: Promise.resolve({ id: offeringId }) });
}

describe("a programme's own questions", () => {
  it("are checked from the same definition on every path, and kept with the enrollment as they were asked", async () => {
    const { programme, offering, version } = await overseasOffering();
    expect(version).toBe(1);
    const asked = await (await questionsRoute(new Request("http://x"), { params: Promise.resolve({ id: offering.id }) })).json();
    expect(asked).toMatchObject({ version: 1, steps: [{ key: "language" }, { key: "experience" }, { key: "statement" }] });

    const person = await makeUser();
    // Bad answers: 400 with a field-level message per answer in the caller's language, nothing created.
    const bad = await apiApply(person.id, offering.id, { answers: { "language-test": "toefl", "toefl-score": "130", "years-experience": "x" }, formVersion: 1 }, "zh-CN");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual([
      { path: "answers.toefl-score", code: "answer_too_large", message: "不能大于 120" },
      { path: "answers.years-experience", code: "answer_number", message: "请输入数字" },
      { path: "answers.statement", code: "answer_required", message: "请填写此项" },
    ]);
    const notJson = await apiApply(person.id, offering.id, "answers=1");
    expect(notJson.status).toBe(400);
    expect(await testDb.enrollment.count({ where: { offeringId: offering.id } })).toBe(0);

    const created = await apiApply(person.id, offering.id, { answers: goodAnswers, formVersion: 1 });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ state: "submitted", formVersion: 1, answers: { "language-test": "toefl", "toefl-score": 98, "years-experience": 5, "current-role": null, statement } });

    // The institution rewords a question: version 2. The stored application still reads as it was asked.
    const reworded = structuredClone(overseasQuestions);
    reworded.steps[2]!.questions[0]!.label = { zh: "新的问题", en: "A new question" };
    expect(await publishQuestionsAsAdmin(programme.id, reworded)).toBe(2);
    const stored = await testDb.enrollment.findFirstOrThrow({ where: { offeringId: offering.id } });
    expect(readSnapshot(stored.answers)?.questions.at(-1)?.label.en).toBe("What do you hope to learn on this programme, and how will you use it when you return?");
    expect(stored.formVersion).toBe(1);

    // Answers written against version 1 now ask the person to check again (409 form_changed).
    const other = await makeUser();
    const stale = await apiApply(other.id, offering.id, { answers: goodAnswers, formVersion: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.fields[0]).toMatchObject({ path: "formVersion", code: "form_changed" });
    expect((await apiApply(other.id, offering.id, { answers: goodAnswers, formVersion: 2 })).status).toBe(201);

    // Once the programme is withdrawn from publication, its questions are nobody's business.
    await testDb.programme.update({ where: { id: programme.id }, data: { status: "draft" } });
    expect((await questionsRoute(new Request("http://x"), { params: Promise.resolve({ id: offering.id }) })).status).toBe(404);
    expect((await apiApply(other.id, offering.id, {})).status).toBe(404);
    await testDb.programme.update({ where: { id: programme.id }, data: { status: "published" } });

    // A published version never changes.
    await expect(testDb.$executeRawUnsafe(`UPDATE "QuestionSet" SET "definition" = '{}' WHERE "programmeId" = '${programme.id}'`)).rejects.toThrow(/immutable/);
  });

  it("are not needed where the programme asks none: no body at all still applies", async () => {
    const institution = await makeInstitution();
    const programme = await makeProgramme(institution.id, { kind: "lecture" });
    const offering = await makeOffering(programme.id, { capacity: 5 });
    const person = await makeUser();
    expect(await prepareApplication(offering.id, {}, "en")).toEqual({ status: "ok", input: {} });
    const response = await apiApply(person.id, offering.id, "");
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ state: "confirmed", answers: null, formVersion: null });
  });
});

describe("drafts", () => {
  it("keep the answers so far (only the set's own keys), and go once the application is submitted or the account deleted", async () => {
    const { offering } = await overseasOffering();
    const person = await makeUser();
    const actor = await actorOf(person.id);
    const values = draftValues(overseasQuestions, { "language-test": "ielts", "ielts-score": 7, injected: "x", statement: 42 });
    expect(values).toEqual({ "language-test": "ielts", "ielts-score": "7", statement: "42" });
    const first = await saveDraft(actor, offering.id, { formVersion: 1, values, step: 1 });
    expect(first.status).toBe("ok");
    await saveDraft(actor, offering.id, { formVersion: 1, values: { ...values, "years-experience": "3" }, step: 2 });
    const drafts = await testDb.applicationDraft.findMany({ where: { userId: person.id } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ step: 2, values: { "years-experience": "3" } });
    expect(await saveDraft(actor, "no-such-offering", { formVersion: 1, values, step: 0 })).toEqual({ status: "not-found" });

    const prepared = await prepareApplication(offering.id, { answers: { ...goodAnswers }, formVersion: 1 }, "en");
    expect(prepared.status).toBe("ok");
    if (prepared.status === "ok") expect((await apply(actor, offering.id, prepared.input)).status).toBe("ok");
    expect(await testDb.applicationDraft.count({ where: { userId: person.id } })).toBe(0);
    // A second tab saving late does not bring the draft back once the person has applied.
    expect(await saveDraft(actor, offering.id, { formVersion: 1, values, step: 2 })).toEqual({ status: "applied" });
    expect(await testDb.applicationDraft.count({ where: { userId: person.id } })).toBe(0);

    const other = await makeUser();
    await saveDraft(await actorOf(other.id), offering.id, { formVersion: 1, values, step: 0 });
    expect(await closeAccount(await actorOf(other.id), PASSWORD, { ip: "127.0.0.1" })).toBe("deleted");
    expect(await testDb.applicationDraft.count({ where: { userId: other.id } })).toBe(0);
  });
});

describe("the private calendar feed", () => {
  const fetchFeed = async (url: string) => {
    const name = url.split("/").at(-1)!;
    return feedRoute(new Request(url), { params: Promise.resolve({ feed: name }) });
  };
  const eventsOf = async (response: Response) =>
    new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

  it("carries sessions of confirmed places and the deadlines to act on, in the person's language", async () => {
    const person = await makeUser({ locale: "en" });
    const actor = await actorOf(person.id);
    const institution = await makeInstitution();
    const lecture = await makeProgramme(institution.id, { kind: "lecture", titleEn: "Feed lecture" });
    const confirmedIn = await makeOffering(lecture.id, { sessions: 2, capacity: 10 });
    expect((await apply(actor, confirmedIn.id)).status).toBe("ok");

    const { offering: reviewedIn, programme: reviewed } = await overseasOffering(1);
    const submitted = await prepareApplication(reviewedIn.id, { answers: goodAnswers, formVersion: 1 }, "en");
    if (submitted.status !== "ok") throw new Error("answers refused");
    await apply(actor, reviewedIn.id, submitted.input);

    // An offered place: someone else holds the only seat, is approved, withdraws; the person is approved onto the waitlist and offered it.
    const second = await makeOffering(reviewed.id, { capacity: 1, closesIn: 5 });
    const holder = await actorOf((await makeUser()).id);
    const bureau = { mover: "reviewer" as const, actor: await actorOf((await makeUser({ bureauRole: "admin" })).id) };
    const holderApp = await apply(holder, second.id, submitted.input);
    const mine = await apply(actor, second.id, submitted.input);
    if (holderApp.status !== "ok" || mine.status !== "ok") throw new Error("apply failed");
    await transition("approve", holderApp.enrollment.id, bureau);
    await transition("approve", mine.enrollment.id, bureau);
    await transition("withdraw", holderApp.enrollment.id, { mover: "self", actor: holder });
    expect((await testDb.enrollment.findUniqueOrThrow({ where: { id: mine.enrollment.id } })).state).toBe("offered");

    // A draft for a third offering, closing in 8 days.
    const draftIn = await makeOffering(reviewed.id, { closesIn: 8 });
    await saveDraft(actor, draftIn.id, { formVersion: 1, values: { "language-test": "ielts" }, step: 0 });
    // And one for an offering cancelled afterwards: no reminder for it.
    const cancelledLater = await makeOffering(reviewed.id, { closesIn: 9 });
    await saveDraft(actor, cancelledLater.id, { formVersion: 1, values: {}, step: 0 });
    await testDb.offering.update({ where: { id: cancelledLater.id }, data: { status: "cancelled" } });

    const url = calendarFeedUrl(person.id, await renewCalendarFeed(actor));
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/calendar\/[a-z0-9]+\.1\.[A-Za-z0-9_-]{32}\.ics$/);
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const events = await eventsOf(response);
    const summaries = events.map((e) => e.summary).sort();
    expect(summaries).toEqual([
      "Deadline to accept your place: " + reviewed.titleEn,
      "Enrolment closes (your draft application is not submitted): " + reviewed.titleEn,
      "Enrolment closes: " + reviewed.titleEn,
      "Feed lecture (1/2)",
      "Feed lecture (2/2)",
    ].sort());
    const offer = events.find((e) => e.summary.startsWith("Deadline to accept"))!;
    const offeredRow = await testDb.enrollment.findUniqueOrThrow({ where: { id: mine.enrollment.id } });
    expect(offer.endDate.toJSDate().getTime()).toBe(Math.floor(offeredRow.offerExpiresAt!.getTime() / 1000) * 1000); // iCalendar times are whole seconds
    const closes = events.find((e) => e.summary.startsWith("Enrolment closes:"))!;
    expect(closes.endDate.toJSDate().getTime()).toBe(Math.floor(reviewedIn.closesAt.getTime() / 1000) * 1000);
    const session = events.find((e) => e.summary === "Feed lecture (1/2)")!;
    expect(session.location).toBe("Room 1");
    expect(session.startDate.toJSDate().getTime()).toBe(Math.floor(confirmedIn.startsAt.getTime() / 1000) * 1000);
  });

  it("stops working at once when replaced or stopped, and an address once revoked never works again", async () => {
    const person = await makeUser();
    const actor = await actorOf(person.id);
    const first = calendarFeedUrl(person.id, await renewCalendarFeed(actor));
    expect((await fetchFeed(first)).status).toBe(200);
    const second = calendarFeedUrl(person.id, await renewCalendarFeed(actor));
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    await stopCalendarFeed(actor);
    expect((await fetchFeed(second)).status).toBe(404);
    const third = calendarFeedUrl(person.id, await renewCalendarFeed(actor));
    expect(third).not.toBe(first);
    expect(third).not.toBe(second);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await fetchFeed(third)).status).toBe(200);
    // A forged or altered address is not found either.
    expect((await fetchFeed(third.replace(/\.[A-Za-z0-9_-]{32}\.ics$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"))).status).toBe(404);
    const someoneElse = await makeUser();
    expect((await fetchFeed(third.replace(person.id, someoneElse.id))).status).toBe(404);
  });
});
