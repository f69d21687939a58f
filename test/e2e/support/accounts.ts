// Helpers for browser tests that need accounts: signing in through next-auth's own endpoints,
// and reading the emails the portal sent to the test SMTP server (scripts/e2e-server.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-Portal-2026";
export const DEMO = {
  learner: "learner@example.com",
  staffA: "staff.national@example.com",
  staffB: "staff.yuzhou@example.com",
  bureauReviewer: "reviewer@example.com",
  bureauAdmin: "admin@example.com",
} as const;

/** Signs `request` in (its cookies then carry the session), as the sign-in form does. */
export async function signInRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
  const state = await request.storageState();
  expect(state.cookies.some((c) => c.name === "next-auth.session-token"), `signed in as ${email}`).toBe(true);
}

export async function signInPage(page: Page, email: string, password = DEMO_PASSWORD, english = false) {
  await page.goto(english ? "/en/sign-in" : "/sign-in");
  await page.getByLabel(english ? "Email" : "电子邮箱").fill(email);
  await page.getByLabel(english ? "Password" : "密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: english ? "Sign in" : "登录", exact: true }).click();
  await page.waitForURL(/\/me$/);
}

interface Mail { to: string[]; subject: string; text: string; html: string }

/** The newest email to `to` whose subject (and text, if given) matches, waiting for it to arrive (up to 60 s: other tests may have queued hundreds before it). */
export async function waitForMail(to: string, subject: RegExp, after = 0, text?: RegExp): Promise<Mail> {
  const dir = "test/.artifacts/mail";
  for (let i = 0; i < 240; i++) {
    // Only finished messages: the catcher renames each into place once written (test/support/mail-catcher.ts).
    const files = (() => { try { return readdirSync(dir).filter((f) => f.endsWith(".json")).sort(); } catch { return []; } })();
    const mails = files.map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Mail & { date: string });
    const found = mails.filter((m) => m.to.includes(to) && subject.test(m.subject) && Date.parse(m.date) >= after && (!text || text.test(m.text))).at(-1);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no email to ${to} matching ${subject}`);
}

/** The first link in an email's text to one of the portal's pages. */
export function linkIn(mail: Mail, pathPart: string): string {
  const link = mail.text.match(new RegExp(`https?://\\S*${pathPart}\\S*`))?.[0];
  if (!link) throw new Error(`no ${pathPart} link in "${mail.subject}"`);
  return link;
}
