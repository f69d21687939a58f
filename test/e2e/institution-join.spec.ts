// Issue 12, an institution joins: a person applies (the credit code checked part by part), the
// bureau asks for changes, the applicant corrects and sends it again, the bureau verifies it, and
// the applicant is told each time, by notification and email.
import { expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { e2eDb } from "./support/db";
import { DEMO, signInPage, waitForMail } from "./support/accounts";
import { creditCode } from "./support/credit-code";

const PASSWORD = "institution applicant phrase";

test("register an institution: a wrong code names its wrong part, the bureau asks for changes, then verifies", async ({ browser }) => {
  const run = Date.now().toString(36);
  const email = `applicant-${run}@example.com`;
  const now = new Date();
  await e2eDb.user.create({ data: { email, name: "赵敏", passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: now, consentAt: now, consentVersion: "2026-11", locale: "zh-CN" } });
  const applicant = await (await browser.newContext()).newPage();
  await signInPage(applicant, email, PASSWORD);
  await applicant.getByRole("navigation", { name: "账户菜单" }).getByRole("link", { name: "我的机构" }).click();
  await expect(applicant.getByRole("heading", { name: "我的机构", level: 1 })).toBeVisible();

  const code = creditCode();
  const form = applicant.locator("form");
  await form.getByLabel("机构类型").selectOption("training-centre");
  await form.getByLabel("中文名称").fill(`两江软件实训学校${run}`);
  await form.getByLabel("英文名称").fill(`Liangjiang Software Training School ${run}`);
  // The last character changed: the check digit is what is wrong, and the message says so.
  await form.getByLabel("统一社会信用代码").fill(`${code.slice(0, 17)}${code[17] === "0" ? "1" : "0"}`);
  await form.getByLabel("所在区县").selectOption("yubei");
  await form.getByLabel("地址").fill("渝北区金开大道 99 号");
  await form.getByLabel("联系人").fill("赵敏");
  await form.getByLabel("联系邮箱").fill(email);
  await form.getByLabel("中文简介").fill("面向在职人员的软件测试与嵌入式开发实训。");
  await form.getByLabel("英文简介").fill("Hands-on software testing and embedded development training for people in work.");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(form.getByText("第 18 位（校验码）不正确，请逐位核对")).toBeVisible();
  await form.getByLabel("统一社会信用代码").fill(code.toLowerCase().replace(/(.{6})/, "$1 "));
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(applicant.getByText("申请已提交，请等待市软件人才办公室认证。")).toBeVisible();
  const mine = applicant.locator("section").filter({ hasText: `两江软件实训学校${run}` });
  await expect(mine.getByText("认证中", { exact: true })).toBeVisible();
  const stored = await e2eDb.institution.findFirstOrThrow({ where: { nameZh: `两江软件实训学校${run}` } });
  expect(stored.registrationCode).toBe(code);

  // The bureau, in English, sends it back with a message.
  const bureau = await (await browser.newContext()).newPage();
  await signInPage(bureau, DEMO.bureauReviewer, undefined, true);
  await bureau.goto("/en/admin/institutions");
  const item = bureau.locator("li").filter({ hasText: `Liangjiang Software Training School ${run}` });
  await expect(item.getByText(code)).toBeVisible();
  await item.getByRole("button", { name: `Ask for changes: Liangjiang Software Training School ${run}` }).click();
  await item.getByRole("button", { name: "Send the request" }).click();
  await expect(item.getByText("Explain the decision; the applicant will read it")).toBeVisible();
  await item.getByLabel("Message to the applicant").fill("请填写学校的办学地址，而不是主管单位的地址。");
  await item.getByRole("button", { name: "Send the request" }).click();
  await expect(item).toHaveCount(0);

  await waitForMail(email, /机构登记申请/, now.getTime(), /待修改/);
  await applicant.reload();
  await expect(mine.getByText("请填写学校的办学地址，而不是主管单位的地址。")).toBeVisible();
  await mine.getByLabel("地址").fill("渝北区金开大道 99 号 实训楼");
  await mine.getByRole("button", { name: "修改后重新提交" }).click();
  // Sent again, it waits for the bureau: the form gives way to the status (the page refreshes).
  await expect(mine.getByText("认证中", { exact: true })).toBeVisible();
  await expect(mine.getByRole("button", { name: "修改后重新提交" })).toHaveCount(0);

  await bureau.reload();
  bureau.once("dialog", (d) => void d.accept());
  await bureau.locator("li").filter({ hasText: `Liangjiang Software Training School ${run}` }).getByRole("button", { name: `Verify: Liangjiang Software Training School ${run}` }).click();
  await expect(bureau.locator("li").filter({ hasText: `Liangjiang Software Training School ${run}` })).toHaveCount(0);
  await waitForMail(email, /机构登记申请/, now.getTime(), /已认证/);
  await applicant.reload();
  await expect(mine.getByText("已认证", { exact: true })).toBeVisible();
  expect((await e2eDb.institution.findUniqueOrThrow({ where: { id: stored.id } })).address).toBe("渝北区金开大道 99 号 实训楼");
  // Each decision is also a notification, leading back to the institution.
  await applicant.goto("/me/notifications");
  await expect(applicant.getByRole("link", { name: `机构“两江软件实训学校${run}”：已认证` })).toBeVisible();
  await expect(applicant.getByRole("link", { name: `机构“两江软件实训学校${run}”：待修改` })).toBeVisible();
});
