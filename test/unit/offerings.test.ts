import { describe, expect, it } from "vitest";
import { weeklySeries, sessionTimes } from "@/lib/offerings/sessions";
import { fromLocalDateTime, isTimeZone, toLocalDateTime, zonedInstant } from "@/lib/offerings/times";
import { blankQuestion, keyFrom, questionEditorSchema, toEditorSteps } from "@/lib/offerings/question-editor";
import { linksFor, withoutLinks } from "@/lib/offerings/links";
import { degreeQuestions, overseasQuestions } from "@/prisma/seed/data/questions";

// The unit tests run with TZ=America/Los_Angeles: none of this may depend on the machine's zone.

describe("times in an offering's zone", () => {
  it("reads what staff type in the offering's zone and shows it back the same", () => {
    expect(fromLocalDateTime("2030-03-04T09:00", "Asia/Shanghai")?.toISOString()).toBe("2030-03-04T01:00:00.000Z");
    expect(fromLocalDateTime("2030-07-01T09:00", "Europe/London")?.toISOString()).toBe("2030-07-01T08:00:00.000Z");
    expect(toLocalDateTime(new Date("2030-03-04T01:00:00Z"), "Asia/Shanghai")).toBe("2030-03-04T09:00");
    expect(fromLocalDateTime("2030-02-30T09:00", "Asia/Shanghai")).toBeNull();
    expect(fromLocalDateTime("2030-03-04 09:00", "Asia/Shanghai")).toBeNull();
    expect(zonedInstant("1999-12-31", "09:00", "Asia/Shanghai")).toBeNull();
    expect(zonedInstant("2030-01-01", "24:00", "Asia/Shanghai")).toBeNull();
  });

  it("knows IANA zones and nothing else", () => {
    for (const zone of ["Asia/Shanghai", "Europe/London", "America/Argentina/Buenos_Aires", "UTC"]) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ["", "Mars/Olympus", "+08:00", "asia shanghai", "../etc/passwd", "Asia/Shanghai\u0000"]) expect(isTimeZone(zone), zone).toBe(false);
  });
});

describe("sessions", () => {
  it("one session: the end after the start, on that local date", () => {
    expect(sessionTimes({ date: "2030-09-01", startTime: "19:00", endTime: "21:00" }, "Asia/Shanghai")).toEqual({ startsAt: new Date("2030-09-01T11:00:00Z"), endsAt: new Date("2030-09-01T13:00:00Z") });
    expect(sessionTimes({ date: "2030-09-01", startTime: "21:00", endTime: "19:00" }, "Asia/Shanghai")).toBeNull();
  });

  it("a weekly series on the first date's weekday, or on chosen weekdays within each week from the first date", () => {
    const plain = weeklySeries({ firstDate: "2030-09-03", startTime: "19:00", durationMinutes: 90, weeks: 3, weekdays: [] }, "Asia/Shanghai");
    expect(plain.map((s) => s.startsAt.toISOString())).toEqual(["2030-09-03T11:00:00.000Z", "2030-09-10T11:00:00.000Z", "2030-09-17T11:00:00.000Z"]);
    expect(plain[0]!.endsAt.toISOString()).toBe("2030-09-03T12:30:00.000Z");
    // 3 September 2030 is a Tuesday: Monday falls six days on, in each week counted from it.
    const chosen = weeklySeries({ firstDate: "2030-09-03", startTime: "08:00", durationMinutes: 60, weeks: 2, weekdays: ["1", "2", "4"] }, "Asia/Shanghai");
    expect(chosen.map((s) => s.startsAt.toISOString().slice(0, 10))).toEqual(["2030-09-03", "2030-09-05", "2030-09-09", "2030-09-10", "2030-09-12", "2030-09-16"]);
  });

  it("keeps the local time across daylight saving (New York, November 2030)", () => {
    const series = weeklySeries({ firstDate: "2030-10-28", startTime: "18:30", durationMinutes: 60, weeks: 2, weekdays: [] }, "America/New_York");
    expect(series.map((s) => s.startsAt.toISOString())).toEqual(["2030-10-28T22:30:00.000Z", "2030-11-04T23:30:00.000Z"]);
  });
});

describe("the questions editor's schema", () => {
  it("turns a published set into the editor's values and back, unchanged", () => {
    for (const set of [overseasQuestions, degreeQuestions]) {
      const parsed = questionEditorSchema.parse({ programmeId: "cprogramme", steps: toEditorSteps(set) });
      expect(parsed.set).toEqual(set);
    }
  });

  it("puts each mistake on its field, with its rule", () => {
    const steps = toEditorSteps(overseasQuestions);
    const first = steps[0]!.questions;
    first[0]!.labelEn = " ";
    first[1]!.min = "9";
    first[1]!.max = "1";
    first[2]!.whenIn = ["nonsense"];
    steps[1]!.questions[0]!.key = "language-test";
    steps[1]!.questions.push({ ...blankQuestion("q-abcd", "choice"), labelZh: "问题", labelEn: "Question", options: [{ value: "only", labelZh: "唯一", labelEn: "Only" }] });
    const issues = questionEditorSchema.safeParse({ programmeId: "cprogramme", steps }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["steps.0.questions.0.labelEn", "studio.questions.errors.both_languages"],
      ["steps.0.questions.1.min", "studio.questions.errors.min_above_max"],
      ["steps.0.questions.2.whenIn", "studio.questions.errors.when_values"],
      ["steps.1.questions.0.key", "studio.questions.errors.key_taken"],
      ["steps.1.questions.2.options", "studio.questions.errors.options_count:30"],
    ]);
  });

  it("only lets an earlier choice question decide whether one is asked", () => {
    const steps = toEditorSteps(overseasQuestions);
    // Depending on a later question, or on a number question, is refused.
    steps[0]!.questions[0]!.whenQuestion = "toefl-score";
    steps[1]!.questions[1]!.whenQuestion = "years-experience";
    steps[1]!.questions[1]!.whenIn = ["1"];
    const issues = questionEditorSchema.safeParse({ programmeId: "cprogramme", steps }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["steps.0.questions.0.whenQuestion", "studio.questions.errors.when_question"],
      ["steps.1.questions.1.whenQuestion", "studio.questions.errors.when_question"],
    ]);
  });

  it("makes keys from English text", () => {
    expect(keyFrom("Years of experience", "q-1")).toBe("years-of-experience");
    expect(keyFrom("2nd language", "q-1")).toBe("nd-language");
    expect(keyFrom("工作年限", "q-abcd")).toBe("q-abcd");
  });
});

describe("online links", () => {
  const offering = { id: "o", onlineUrl: "https://meet.example.cn/a", sessions: [{ id: "s1", url: null }, { id: "s2", url: "https://meet.example.cn/b" }] };
  it("are removed for everyone but participants, who get each session's own or the offering's", () => {
    expect(withoutLinks(offering)).toEqual({ id: "o", onlineUrl: null, online: true, sessions: [{ id: "s1", url: null, online: true }, { id: "s2", url: null, online: true }] });
    for (const state of ["submitted", "waitlisted", "offered", "cancelled", "withdrawn", "no-show"]) expect(JSON.stringify(linksFor(offering, state)), state).not.toContain("meet.example.cn");
    for (const state of ["confirmed", "completed"]) {
      expect(linksFor(offering, state).sessions.map((s) => s.url), state).toEqual(["https://meet.example.cn/a", "https://meet.example.cn/b"]);
    }
    expect(withoutLinks({ onlineUrl: null, sessions: [{ url: null }] })).toMatchObject({ online: false, sessions: [{ online: false }] });
  });
});
