// Every server action answers through one pipeline (lib/forms/server-action.ts): the policy on
// the server whatever the page showed, field-level errors in the caller's language for bad input,
// the refusal on the audit trail, and never a raw error. Driven as an attacker would: the admin's
// own request, captured in the browser, replayed by other people and with other bodies.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import zhCN from "../../messages/zh-CN.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import { e2eDb } from "./support/db";
import { DEMO, signInPage, signInRequest } from "./support/accounts";

const PASSWORD = "pipeline test passphrase";

async function makePerson(label: string) {
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const now = new Date();
  return e2eDb.user.create({
    data: { email, name: `流水线${label}`, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: now, consentAt: now, consentVersion: "2026-11" },
    select: { id: true, email: true, name: true },
  });
}

/** The admin's "set role" request for `target`, as the browser sends it (the action's id and its encoded arguments). */
async function captureSetRole(page: import("@playwright/test").Page, target: { email: string; name: string }) {
  let captured: { headers: Record<string, string>; body: string } | undefined;
  await page.route("**/admin/users*", async (route) => {
    if (route.request().method() === "POST") captured = { headers: route.request().headers(), body: route.request().postData() ?? "" };
    await route.continue();
  });
  await page.goto(`/admin/users?q=${encodeURIComponent(target.email)}`);
  await page.getByLabel(`${target.name} 的办公室角色`).selectOption("reviewer");
  await page.getByRole("button", { name: "设置" }).click();
  await expect(page.getByRole("status")).toHaveText("已更新。");
  expect(captured?.headers["next-action"]).toBeTruthy();
  return captured!;
}

const replay = (client: APIRequestContext, captured: { headers: Record<string, string>; body: string }, body: string, language = "zh-CN") =>
  client.post("/admin/users", {
    headers: { "next-action": captured.headers["next-action"], "content-type": captured.headers["content-type"] ?? "text/plain;charset=UTF-8", accept: "text/x-component", "accept-language": language },
    data: body,
    maxRedirects: 0,
  });

test("a learner replaying the admin's role action is refused on the server, and the refusal is on the audit trail", async ({ page, baseURL }) => {
  const target = await makePerson("target");
  const other = await makePerson("other");
  await signInPage(page, DEMO.bureauAdmin);
  const captured = await captureSetRole(page, target);
  expect((await e2eDb.user.findUniqueOrThrow({ where: { id: target.id } })).bureauRole).toBe("reviewer");

  // The same request, aimed at another account, sent with a learner's session.
  const learner = await playwrightRequest.newContext({ baseURL });
  await signInRequest(learner, other.email, PASSWORD);
  const refused = await replay(learner, captured, captured.body.replaceAll(target.id, other.id));
  expect(refused.status()).toBe(200); // an action's answer, not an error page
  expect(await refused.text()).toContain("您的账户没有访问此页面的权限。");
  expect((await e2eDb.user.findUniqueOrThrow({ where: { id: other.id } })).bureauRole).toBeNull();
  const trail = await e2eDb.auditEvent.findMany({ where: { actorId: other.id, action: "action.refused" } });
  expect(trail.map((e) => [e.subjectId, (e.data as { policy: string }).policy])).toEqual([["set-bureau-role", "admin.users.manage"]]);
  // Probing again does not flood the trail.
  await replay(learner, captured, captured.body.replaceAll(target.id, other.id));
  expect(await e2eDb.auditEvent.count({ where: { actorId: other.id, action: "action.refused" } })).toBe(1);
  await learner.dispose();
});

test("bad input to an action gets a field-level answer in the caller's language and changes nothing; never a 500", async ({ page }) => {
  const target = await makePerson("input");
  await signInPage(page, DEMO.bureauAdmin);
  const captured = await captureSetRole(page, target);
  const admin = page.request;
  const args = JSON.parse(captured.body) as [{ userId: string; role: string }, string];
  const send = (input: unknown, locale = "zh-CN") => replay(admin, captured, JSON.stringify([input, locale]));

  const badRole = await send({ userId: target.id, role: "emperor" });
  expect(badRole.status()).toBe(200);
  expect(await badRole.text()).toContain(`"fieldErrors":{"role":"${zhCN.validation.invalid_choice}"}`);
  const english = await send({ userId: target.id, role: "emperor" }, "en");
  expect(await english.text()).toContain(`"fieldErrors":{"role":"${en.validation.invalid_choice}"}`);
  const badId = await send({ userId: { $ne: null }, role: "admin" });
  expect(await badId.text()).toMatch(/"fieldErrors":\{"userId":"[^"]+"\}/);
  const notAnObject = await send("drop table");
  expect(notAnObject.status()).toBe(200);
  expect(await notAnObject.text()).toContain('"ok":false');
  // An argument list the form never sends, and bytes that are not the encoding at all.
  expect((await replay(admin, captured, JSON.stringify([args[0], "xx", 1, 2, 3]))).status()).toBeLessThan(500);
  expect((await replay(admin, captured, "\u0000{]")).status()).toBeLessThan(500);
  expect((await e2eDb.user.findUniqueOrThrow({ where: { id: target.id } })).bureauRole).toBe("reviewer");
});
