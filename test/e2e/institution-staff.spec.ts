// Issue 12, staff: an owner invites someone by email; the invitee registers from the emailed
// link, verifies the address, signs in, accepts and lands in the workspace; the owner changes the
// role and removes them, which holds on the invitee's next page; the last owner cannot leave or
// step down; the same request replayed by another institution's editor is refused. Then the
// invitation page's other answers, and axe and the layout at phone and desktop widths.
import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { newSecret, secretHash } from "../../lib/auth/random-secrets";
import { e2eDb } from "./support/db";
import { DEMO, linkIn, signInPage, signInRequest, waitForMail } from "./support/accounts";

const STAFF_PAGE = "/studio/cq-national-software-college/staff";
const PASSWORD = "staff invitee passphrase 2026";

test("an owner invites an editor by email; the invitee registers, accepts and works; the owner changes the role and removes them; the last owner stays", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const email = `invitee-${run}@example.com`;
  const name = `林晓${run}`;
  const started = Date.now();

  // The owner invites, in Chinese; a bad address first.
  const owner = await (await browser.newContext()).newPage();
  await signInPage(owner, DEMO.staffA);
  await owner.goto(STAFF_PAGE);
  await expect(owner.getByRole("heading", { name: "成员", level: 1 })).toBeVisible();
  const invite = owner.locator("section").filter({ has: owner.getByRole("heading", { name: "邀请成员" }) });
  await invite.getByLabel("电子邮箱").fill("not an address");
  await invite.getByRole("button", { name: "发送邀请" }).click();
  await expect(invite.getByText("请输入有效的电子邮箱地址")).toBeVisible();
  await invite.getByLabel("电子邮箱").fill(DEMO.staffA);
  await invite.getByRole("button", { name: "发送邀请" }).click();
  await expect(invite.getByText(`${DEMO.staffA} 已是本机构成员。`)).toBeVisible();
  await invite.getByLabel("电子邮箱").fill(email.toUpperCase());
  await invite.getByRole("radio", { name: /^编辑/ }).check();
  await invite.getByRole("button", { name: "发送邀请" }).click();
  await expect(invite.getByRole("status")).toHaveText(`邀请已发送至 ${email}。`);
  const open = owner.locator("section").filter({ has: owner.getByRole("heading", { name: "待接受的邀请" }) });
  await expect(open.getByText(email)).toBeVisible();

  // The invitee opens the emailed link: nothing happens until they act; they register.
  const mail = await waitForMail(email, /邀请您加入“重庆国家软件学院”/, started);
  const link = linkIn(mail, "/invitations/");
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "加入机构的邀请" })).toBeVisible();
  await expect(invitee.getByText("“重庆国家软件学院”邀请您以编辑身份加入其工作人员。")).toBeVisible();
  await expect(invitee.getByText(`受邀邮箱：${email}`)).toBeVisible();
  await invitee.getByRole("link", { name: "用这个邮箱注册" }).click();
  await invitee.getByLabel("姓名").fill(name);
  await invitee.getByLabel("电子邮箱").fill(email);
  await invitee.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await invitee.getByRole("checkbox", { name: /个人信息保护声明/ }).check();
  await invitee.getByRole("button", { name: "注册" }).click();
  await expect(invitee.getByRole("status")).toContainText(email);
  const verification = await waitForMail(email, /请验证您的电子邮箱/, started);
  await invitee.goto(linkIn(verification, "/verify-email"));
  await invitee.getByRole("button", { name: "验证邮箱" }).click();
  await expect(invitee).toHaveURL(/\/sign-in\?notice=verified/);

  // Back to the invitation: signing in from it returns to it; accepting is a button (a POST).
  await invitee.goto(link);
  await invitee.getByRole("link", { name: "登录后接受" }).click();
  await expect(invitee).toHaveURL(/\/sign-in\?next=/);
  await invitee.getByLabel("电子邮箱").fill(email);
  await invitee.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await invitee.getByRole("button", { name: "登录", exact: true }).click();
  await invitee.waitForURL(link);
  await invitee.getByRole("button", { name: "接受邀请" }).click();
  await invitee.waitForURL(/\/studio\/cq-national-software-college$/);
  await expect(invitee.getByRole("heading", { name: "重庆国家软件学院", level: 1 })).toBeVisible();
  // The link worked once.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "邀请已被接受" })).toBeVisible();
  await expect(invitee.getByRole("link", { name: "进入工作台" })).toBeVisible();

  // The owner is told, and finds the new editor on the staff page.
  await owner.goto("/me/notifications");
  await owner.getByRole("link", { name: `${name} 以编辑身份加入了“重庆国家软件学院”` }).click();
  await expect(owner).toHaveURL(new RegExp(`${STAFF_PAGE}$`));
  await expect(open.getByText(email)).toHaveCount(0);
  const row = owner.getByRole("listitem").filter({ hasText: email });
  await expect(row.getByLabel(`${name} 的角色`)).toHaveValue("editor");

  // The owner makes them a reviewer; the request is kept, to be replayed by someone else below.
  let changeRequest: { headers: Record<string, string>; body: string } | undefined;
  await owner.route("**/studio/**", async (route) => {
    if (route.request().method() === "POST" && !changeRequest) changeRequest = { headers: route.request().headers(), body: route.request().postData() ?? "" };
    await route.continue();
  });
  await row.getByLabel(`${name} 的角色`).selectOption("reviewer");
  await row.getByRole("button", { name: `更改角色：${name}` }).click();
  await expect(owner.getByRole("status").filter({ hasText: `${name} 的角色已更新。` })).toBeVisible();
  await owner.unroute("**/studio/**");

  // On the invitee's next page the role is the new one: the list is read-only for a reviewer.
  await invitee.goto(STAFF_PAGE);
  await expect(invitee.getByText("只有负责人可以邀请成员或调整角色。")).toBeVisible();
  await expect(invitee.getByRole("listitem").filter({ hasText: email }).getByText("审核员", { exact: true })).toBeVisible();
  await expect(invitee.getByRole("button", { name: "发送邀请" })).toHaveCount(0);

  // Another institution's editor replays the owner's request, to make the invitee an owner: refused, recorded.
  const userId = (await e2eDb.user.findUniqueOrThrow({ where: { email } })).id;
  const intruder = await playwrightRequest.newContext({ baseURL });
  await signInRequest(intruder, DEMO.staffB);
  const replayed = await intruder.post(STAFF_PAGE, {
    headers: { "next-action": changeRequest!.headers["next-action"]!, "content-type": changeRequest!.headers["content-type"] ?? "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: changeRequest!.body.replace('"reviewer"', '"owner"'),
    maxRedirects: 0,
  });
  expect(replayed.status()).toBe(200);
  expect(await replayed.text()).toContain("您的账户没有访问此页面的权限。");
  await intruder.dispose();
  const institutionId = (await e2eDb.institution.findUniqueOrThrow({ where: { slug: "cq-national-software-college" } })).id;
  expect((await e2eDb.membership.findUniqueOrThrow({ where: { userId_institutionId: { userId, institutionId } } })).role).toBe("reviewer");
  const staffB = await e2eDb.user.findUniqueOrThrow({ where: { email: DEMO.staffB } });
  expect(await e2eDb.auditEvent.count({ where: { actorId: staffB.id, action: "action.refused", subjectId: "change-staff-role" } })).toBe(1);

  // The owner removes them; their next page is a 403.
  owner.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: `移除 ${name}` }).click();
  await expect(owner.getByRole("status").filter({ hasText: `已移除 ${name}。` })).toBeVisible();
  await expect(owner.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
  const denied = await invitee.goto(STAFF_PAGE);
  expect(denied?.status()).toBe(403);
  await expect(invitee.getByRole("heading", { name: "无权访问" })).toBeVisible();

  // The last owner can neither step down nor leave: the server says why.
  await expect(owner.getByText("您是唯一的负责人：需先将另一位成员设为负责人，才能退出。")).toBeVisible();
  const self = owner.getByRole("listitem").filter({ hasText: DEMO.staffA });
  await self.getByLabel(/的角色$/).selectOption("editor");
  await self.getByRole("button", { name: /^更改角色：/ }).click();
  await expect(owner.getByRole("alert").filter({ hasText: "机构至少要有一位负责人：请先将另一位成员设为负责人。" })).toBeVisible();
  await expect(self.getByLabel(/的角色$/)).toHaveValue("owner");
  owner.once("dialog", (d) => void d.accept());
  await owner.getByRole("button", { name: "退出本机构" }).click();
  await expect(owner.locator("section").filter({ has: owner.getByRole("heading", { name: "退出机构" }) }).getByRole("alert")).toHaveText("机构至少要有一位负责人：请先将另一位成员设为负责人。");
  await owner.reload();
  await expect(owner.getByRole("heading", { name: "成员", level: 1 })).toBeVisible();
  expect(await e2eDb.membership.count({ where: { institutionId, role: "owner" } })).toBe(1);
});

/** An institution of this test's own, with an owner, an editor, a reviewer and invitations in every state. */
async function staffedInstitution() {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const now = new Date();
  const person = async (label: string, locale = "zh-CN") =>
    e2eDb.user.create({ data: { email: `${label}-${run}@example.com`, name: label === "owner" ? "周立群" : label === "editor" ? "Emily Zhang" : "何敏", passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: now, consentAt: now, consentVersion: "2026-11", locale } });
  const institution = await e2eDb.institution.create({
    data: { slug: `staff-${run}`, kind: "training-centre", nameZh: `两江软件实训中心${run}`, nameEn: `Liangjiang Software Training Centre ${run}`, district: "yubei", status: "verified" },
  });
  const [owner, editor, reviewer, outsider] = [await person("owner"), await person("editor", "en"), await person("reviewer"), await person("outsider")];
  await e2eDb.membership.createMany({ data: [
    { userId: owner.id, institutionId: institution.id, role: "owner" }, { userId: editor.id, institutionId: institution.id, role: "editor" }, { userId: reviewer.id, institutionId: institution.id, role: "reviewer" },
  ] });
  const tokens = { open: newSecret(), expired: newSecret(), used: newSecret(), revoked: newSecret() };
  const day = 24 * 60 * 60_000;
  await e2eDb.invitation.createMany({ data: [
    { institutionId: institution.id, email: `open-${run}@example.com`, role: "editor", tokenHash: secretHash(tokens.open), invitedById: owner.id, expiresAt: new Date(now.getTime() + 7 * day) },
    { institutionId: institution.id, email: `expired-${run}@example.com`, role: "reviewer", tokenHash: secretHash(tokens.expired), invitedById: owner.id, expiresAt: new Date(now.getTime() - day) },
    { institutionId: institution.id, email: `used-${run}@example.com`, role: "editor", tokenHash: secretHash(tokens.used), invitedById: owner.id, expiresAt: new Date(now.getTime() + day), acceptedAt: now },
    { institutionId: institution.id, email: `revoked-${run}@example.com`, role: "editor", tokenHash: secretHash(tokens.revoked), invitedById: owner.id, expiresAt: new Date(now.getTime() + day), revokedAt: now },
  ] });
  return { institution, owner, editor, outsider, tokens, run };
}

test("the invitation page: each state in words, another account told what to do, a made-up or malformed link a 404", async ({ page }) => {
  const { institution, tokens, run } = await staffedInstitution();
  for (const [token, heading] of [[tokens.expired, "This invitation has expired"], [tokens.used, "This invitation has been accepted"], [tokens.revoked, "This invitation no longer works"]] as const) {
    const response = await page.goto(`/en/invitations/${token}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.getByText(`ask the owner of “${institution.nameEn}”`)).toBeVisible();
  for (const bad of ["not-a-token", newSecret(), `${newSecret()}x`, "a".repeat(500)]) {
    expect((await page.goto(`/invitations/${bad}`))?.status(), bad).toBe(404);
  }
  // Signed in as someone else: which address it was for, and signing out comes back here.
  await signInPage(page, DEMO.learner);
  await page.goto(`/invitations/${tokens.open}`);
  await expect(page.getByText(`这份邀请是发给 open-${run}@example.com 的，而您当前登录的账户是 ${DEMO.learner}。`)).toBeVisible();
  await expect(page.getByRole("button", { name: "接受邀请" })).toHaveCount(0);
  await page.getByRole("button", { name: "退出登录" }).last().click();
  await page.waitForURL(new RegExp(`/invitations/${tokens.open}$`));
  await expect(page.getByRole("link", { name: "登录后接受" })).toBeVisible();
});

test("an owner revokes and resends invitations; the revoked link stops working", async ({ page }) => {
  const { owner, institution, tokens, run } = await staffedInstitution();
  const started = Date.now();
  await signInPage(page, owner.email, PASSWORD, true);
  await page.goto(`/en/studio/${institution.slug}/staff`);
  const open = page.locator("section").filter({ has: page.getByRole("heading", { name: "Open invitations" }) });
  await expect(open.getByRole("listitem").filter({ hasText: `expired-${run}@example.com` }).getByText("Expired", { exact: true })).toBeVisible();
  await open.getByRole("button", { name: `Send again to expired-${run}@example.com` }).click();
  await expect(open.getByRole("status")).toHaveText("Sent again: the new link works for 7 days; the old one no longer does.");
  await expect(open.getByRole("listitem").filter({ hasText: `expired-${run}@example.com` }).getByText("Expired", { exact: true })).toHaveCount(0);
  // No account at that address: the email is in the language of the page the owner sent it from.
  const resent = await waitForMail(`expired-${run}@example.com`, /^Invitation to join/, started);
  expect(linkIn(resent, "/invitations/")).not.toContain(tokens.expired);

  page.once("dialog", (d) => void d.accept());
  await open.getByRole("button", { name: `Revoke the invitation to open-${run}@example.com` }).click();
  await expect(open.getByRole("status")).toHaveText("Invitation revoked.");
  await expect(open.getByText(`open-${run}@example.com`)).toHaveCount(0);
  await page.goto(`/en/invitations/${tokens.open}`);
  await expect(page.getByRole("heading", { name: "This invitation no longer works" })).toBeVisible();
});

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const VIEWPORTS = [{ name: "phone", width: 390, height: 844 }, { name: "desktop", width: 1366, height: 900 }];

for (const prefix of ["", "/en"]) {
  const lang = prefix ? "en" : "zh";
  test(`axe finds no violations on the staff and invitation pages, which fit a phone (${lang})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const { institution, owner, editor, outsider, tokens } = await staffedInstitution();
    const pages: [string, string, string | null][] = [
      ["staff-owner", `/studio/${institution.slug}/staff`, owner.email],
      ["staff-editor", `/studio/${institution.slug}/staff`, editor.email],
      ["invitation", `/invitations/${tokens.open}`, null],
      ["invitation-expired", `/invitations/${tokens.expired}`, null],
      ["invitation-other-account", `/invitations/${tokens.open}`, outsider.email],
    ];
    for (const vp of VIEWPORTS) {
      for (const [name, path, as] of pages) {
        const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
        const page = await context.newPage();
        if (as) await signInPage(page, as, PASSWORD);
        await page.goto(`${prefix}${path}`);
        await expect(page.locator("main h1").first()).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} scrolls sideways`).toBeLessThanOrEqual(vp.width);
        if (vp.name === "desktop") await test.step(`${name} (${lang})`, () => expectNoViolations(page));
        await page.screenshot({ path: `test/.artifacts/screenshots/staff-${vp.name}-${name}-${lang}.png`, fullPage: true });
        await context.close();
      }
    }
  });
}
