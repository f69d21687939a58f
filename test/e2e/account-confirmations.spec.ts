// Acts that cannot be undone ask first, and say afterwards what they did.
import { expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { e2eDb } from "./support/db";
import { DEMO, signInPage } from "./support/accounts";

const PASSWORD = "confirmation test phrase";

async function person(label: string) {
  const now = new Date();
  return e2eDb.user.create({
    data: { email: `${label}-${Date.now()}@example.com`, name: `确认${label}`, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: now, consentAt: now, consentVersion: "2026-11" },
  });
}

test("sign out everywhere asks first; once confirmed, the sign-in page says sessions and tokens ended", async ({ page }) => {
  const user = await person("everywhere");
  await signInPage(page, user.email, PASSWORD, true);
  await page.goto("/en/me/security");
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.goto("/en/me");
  await expect(page).toHaveURL(/\/en\/me$/); // still signed in
  await page.goto("/en/me/security");
  page.once("dialog", (d) => { expect(d.message()).toContain("revoke all your API tokens"); void d.accept(); });
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("You are signed out on every device, and all your API tokens are revoked.")).toBeVisible();
});

test("disabling an account asks first; dismissed, nothing changes", async ({ page }) => {
  const user = await person("disable");
  await signInPage(page, DEMO.bureauAdmin);
  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  page.once("dialog", (d) => { expect(d.message()).toContain(user.name); void d.dismiss(); });
  await page.getByRole("button", { name: `停用 ${user.name} 的账户` }).click();
  await expect(page.getByRole("button", { name: `停用 ${user.name} 的账户` })).toBeVisible();
  expect((await e2eDb.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
});
