import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./support/accounts";

// The whole life of an account in a browser, with real emails read from the test SMTP server.
test("sign up, verify by email, sign in, switch language, reset the password by email, sign in again, download my data", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `journey-${Date.now()}@example.com`;
  const started = Date.now();

  // Sign up (Chinese), with a mistake first: the form names each bad field.
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByText("请填写姓名")).toBeVisible();
  await expect(page.getByText("请输入有效的电子邮箱地址")).toBeVisible();
  await expect(page.getByText("注册前需要阅读并同意个人信息保护声明")).toBeVisible();
  await page.getByLabel("姓名").fill("张伟");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill("woaini1314");
  await page.getByRole("checkbox", { name: /个人信息保护声明/ }).check();
  await page.getByRole("button", { name: "注册" }).click();
  // Refused by the server (the dictionaries never reach the browser), shown on the field.
  await expect(page.getByText("这个密码太容易被猜到")).toBeVisible();
  await page.getByLabel("密码", { exact: true }).fill("山城 software 2026");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("status")).toContainText(email);

  // The verification email, in Chinese, and its link.
  const verification = await waitForMail(email, /请验证您的电子邮箱/, started);
  expect(verification.html).toContain("验证邮箱");
  await page.goto(linkIn(verification, "/verify-email"));
  await page.getByRole("button", { name: "验证邮箱" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=verified/);
  await expect(page.getByRole("status")).toHaveText("邮箱已验证。请登录。");

  // Sign in.
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill("山城 software 2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText("已验证")).toBeVisible();

  // Change language: the portal in English, and English as the language for emails.
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/me$/);
  await page.getByLabel("Preferred language (for emails)").selectOption("en");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  // Sign out, then reset the forgotten password by email (now in English).
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto("/en/forgot-password");
  const resetRequested = Date.now();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText("If " + email + " has an account");
  const reset = await waitForMail(email, /Reset your password/, resetRequested);
  await page.goto(linkIn(reset, "/reset-password"));
  await page.getByLabel("New password").fill("a brand new phrase 2027");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=passwordChanged/);

  // The old password no longer works; the new one does.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("山城 software 2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not right" })).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill("a brand new phrase 2027");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/me$/);

  // Download my data.
  await page.getByRole("link", { name: "My data" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download JSON" }).click()]);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.account).toMatchObject({ email, name: "张伟", locale: "en" });
  expect(data.account.passwordHash).toBeUndefined();
  const actions = data.auditTrail.map((e: { action: string }) => e.action);
  expect(actions).toEqual(expect.arrayContaining(["account.created", "account.email-verified", "account.profile-updated", "account.password-reset"]));
  expect(data.emails.map((m: { subject: string }) => m.subject)).toEqual(expect.arrayContaining(["请验证您的电子邮箱", "Reset your password"]));
});
