import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { e2eDb } from "./support/db";
import { signInPage, signInRequest } from "./support/accounts";

// Issue 11's hardening of accounts, through real HTTP against the production build: throttled
// sign-ins answered 429 with Retry-After, device cookies keeping the owner in while a stranger
// locks the account, sessions ended on the server by signing out, the cap on live API tokens.

const PASSWORD = "a long enough phrase 2026";

/** A verified account of its own for each test (the e2e database is shared by parallel tests). */
async function makeAccount(prefix: string, locale = "zh-CN") {
  const email = `${prefix}-${randomBytes(4).toString("hex")}@example.com`;
  const now = new Date();
  await e2eDb.user.create({ data: { email, name: "加固测试", locale, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: now, consentAt: now, consentVersion: "2026-11" } });
  return email;
}

/** One sign-in as next-auth's client sends it (json: the answer names the outcome in a URL instead of redirecting). */
async function attempt(context: APIRequestContext, email: string, password: string, json = true) {
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  return context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, ...(json ? { json: "true" } : {}) }, maxRedirects: 0 });
}
const outcome = async (response: Awaited<ReturnType<typeof attempt>>) => new URL((await response.json()).url).searchParams.get("error") ?? "ok";

test("a stranger's failures get 429 with Retry-After and lock strangers out, the form says so, and the owner's browser still signs in", async ({ baseURL, page }) => {
  const email = await makeAccount("lockout");
  const owner = await playwrightRequest.newContext({ baseURL });
  await signInRequest(owner, email, PASSWORD);
  const device = (await owner.storageState()).cookies.find((c) => c.name === "portal-device");
  expect(device).toMatchObject({ path: "/api/auth", httpOnly: true, sameSite: "Lax" });

  const stranger = await playwrightRequest.newContext({ baseURL });
  for (let i = 0; i < 5; i++) {
    const wrong = await attempt(stranger, email, `wrong guess ${i}`);
    expect(wrong.status()).toBe(401);
    expect(await outcome(wrong)).toBe("invalid");
  }
  for (const password of ["wrong guess 6", PASSWORD]) {
    const refused = await attempt(stranger, email, password);
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`).toBe(true);
    expect(await outcome(refused)).toBe("throttled");
  }
  // A plain form post (no json) is refused the same way.
  const plain = await attempt(stranger, email, PASSWORD, false);
  expect(plain.status()).toBe(429);
  expect(Number(plain.headers()["retry-after"])).toBeGreaterThan(0);

  // The sign-in form in a browser without the device cookie shows the throttled message.
  await page.goto("/sign-in");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "尝试次数过多" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);

  // The owner's browser, with its device cookie, signs in.
  const ownerAgain = await attempt(owner, email, PASSWORD);
  expect(ownerAgain.status()).toBe(200);
  expect(await outcome(ownerAgain)).toBe("ok");
  expect((await owner.get("/api/v1/me")).status()).toBe(200);
  await owner.dispose();
  await stranger.dispose();
});

test("a session cookie copied before signing out no longer works after it", async ({ baseURL, page }) => {
  const email = await makeAccount("signout");
  await signInPage(page, email, PASSWORD);
  const copy = await playwrightRequest.newContext({ baseURL, storageState: await page.context().storageState() });
  expect((await copy.get("/api/v1/me")).status()).toBe(200);

  await page.getByRole("button", { name: "退出登录" }).first().click();
  await expect(page).toHaveURL(/\/$/);

  expect((await copy.get("/api/v1/me")).status()).toBe(401);
  expect((await copy.get("/me", { maxRedirects: 0 })).headers().location).toMatch(/\/sign-in\?next=/);
  // next-auth's session endpoint does not renew it either.
  expect(await (await copy.get("/api/auth/session")).json()).toEqual({});
  await copy.dispose();
});

test("a 21st live API token is refused: 409 in the API's error shape, and a field message on the page, in both languages", async ({ baseURL, page }) => {
  const email = await makeAccount("tokens", "en");
  const session = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  await signInRequest(session, email, PASSWORD);
  for (let i = 0; i < 20; i++) expect((await session.post("/api/v1/me/tokens", { data: { name: `t${i}`, expiresInDays: 30 } })).status()).toBe(201);

  const zh = await session.post("/api/v1/me/tokens", { data: { name: "one more", expiresInDays: 30 }, headers: { "accept-language": "zh-CN" } });
  expect(zh.status()).toBe(409);
  expect(await zh.json()).toEqual({ error: { code: "conflict", fields: [{ path: "name", code: "token_limit", message: "您已有 20 个有效令牌，达到上限。请先撤销不再使用的令牌。" }] } });
  const en = await session.post("/api/v1/me/tokens", { data: { name: "one more", expiresInDays: 30 }, headers: { "accept-language": "en" } });
  expect(en.status()).toBe(409);
  expect((await en.json()).error.fields[0].message).toBe("You already have 20 active tokens, the most allowed. Revoke one you no longer use first.");
  expect((await (await session.get("/api/v1/me/tokens")).json()).items).toHaveLength(20);

  await signInPage(page, email, PASSWORD, true);
  await page.goto("/en/me/tokens");
  await page.getByLabel("Name").fill("one more");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("You already have 20 active tokens, the most allowed. Revoke one you no longer use first.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await page.goto("/me/tokens");
  await page.getByLabel("名称").fill("再来一个");
  await page.getByRole("button", { name: "创建令牌" }).click();
  await expect(page.getByText("您已有 20 个有效令牌，达到上限。请先撤销不再使用的令牌。")).toBeVisible();
  await session.dispose();
});
