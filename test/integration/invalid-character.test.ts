import { afterAll, describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/enrollment/mutations/drafts";
import { prepareApplication } from "@/lib/enrollment/application";
import { draftValues } from "@/lib/enrollment/questions";
import { PATCH as patchMe } from "@/app/api/v1/me/route";
import { POST as applyRoute } from "@/app/api/v1/offerings/[id]/enrollments/route";
import { overseasQuestions } from "@/prisma/seed/data/questions";
import { makeInstitution, makeOffering, makeProgramme, testDb } from "../support/factories";
import { actorOf, makeApiToken, makeUser, publishQuestionsAsAdmin } from "../support/accounts";

// Text the database cannot hold as sent (a lone UTF-16 surrogate, a null character), arriving as
// JSON through the API: a field-level 400 in the caller's language, and nothing stored (in
// particular no U+FFFD where the surrogate was). The bodies are written by hand, since
// JSON.stringify would spell a lone surrogate the same way ("\ud800").
afterAll(() => testDb.$disconnect());

const ZH = "含有无法保存的字符（空字符，或不完整的字符，例如半个表情符号）";
const EN = "This contains a character that cannot be saved (a null character, or an incomplete one such as half of an emoji)";
const statement = "I want to learn how large teams review code and test releases, and bring those habits back to my company.";

async function call(route: (request: Request) => Promise<Response>, path: string, method: string, userId: string, body: string, locale: string) {
  const { token } = await makeApiToken(await actorOf(userId), { name: "test", expiresInDays: 30 }, { ip: null });
  return route(new Request(`http://localhost:3000${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "accept-language": locale, "content-type": "application/json" },
    body,
  }));
}

describe("a lone surrogate or a null character sent to the API", () => {
  it("is refused field by field in the profile, in the caller's language, and nothing changes", async () => {
    const person = await makeUser();
    const cases: [string, string, string][] = [
      ['{"name":"李\\ud800明","locale":"en"}', "en", EN],
      ['{"name":"李明","employer":"\\udc00","locale":"en"}', "zh-CN", ZH],
      ['{"name":"李\\u0000明","locale":"en"}', "en", EN],
    ];
    for (const [body, locale, message] of cases) {
      const response = await call(patchMe, "/api/v1/me", "PATCH", person.id, body, locale);
      expect(response.status, body).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("validation");
      expect(error.fields[0]).toEqual({ path: body.includes("employer") ? "employer" : "name", code: "text_invalid_character", message });
    }
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored).toMatchObject({ name: "测试用户", employer: null, locale: "zh-CN" });
    // A pair (an emoji) is text like any other.
    expect((await call(patchMe, "/api/v1/me", "PATCH", person.id, '{"name":"李明 \\ud83d\\ude00","locale":"en"}', "en")).status).toBe(200);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: person.id } })).name).toBe("李明 😀");
  });

  it("is refused in an application's answers by question key, through the API and as the form's action sees it", async () => {
    const institution = await makeInstitution();
    const programme = await makeProgramme(institution.id, { kind: "overseas" });
    await publishQuestionsAsAdmin(programme.id, overseasQuestions);
    const offering = await makeOffering(programme.id, { capacity: 5 });
    const person = await makeUser();
    const body = `{"answers":{"language-test":"toefl","toefl-score":"98","years-experience":"5","statement":"${statement}\\ud800"},"formVersion":1}`;
    const response = await call((request) => applyRoute(request, { params: Promise.resolve({ id: offering.id }) }), `/api/v1/offerings/${offering.id}/enrollments`, "POST", person.id, body, "zh-CN");
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual([{ path: "answers.statement", code: "text_invalid_character", message: ZH }]);
    expect(await testDb.enrollment.count({ where: { offeringId: offering.id } })).toBe(0);

    const prepared = await prepareApplication(offering.id, JSON.parse(body), "en");
    expect(prepared).toMatchObject({ status: "invalid", in: "answers" });
    if (prepared.status === "invalid") expect(prepared.error.issues.map((i) => i.path)).toEqual([["statement"]]);
  });

  it("is left out of a saved draft instead of failing the save", async () => {
    const institution = await makeInstitution();
    const programme = await makeProgramme(institution.id, { kind: "overseas" });
    await publishQuestionsAsAdmin(programme.id, overseasQuestions);
    const offering = await makeOffering(programme.id, { capacity: 5 });
    const actor = await actorOf((await makeUser()).id);
    const values = draftValues(overseasQuestions, JSON.parse('{"statement":"half \\ud800","years-experience":"4","current-role":"a\\u0000b"}'));
    expect(await saveDraft(actor, offering.id, { formVersion: 1, values, step: 1 })).toMatchObject({ status: "ok" });
    expect((await testDb.applicationDraft.findFirstOrThrow({ where: { userId: actor.id } })).values).toEqual({ "years-experience": "4" });
  });
});
