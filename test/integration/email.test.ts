import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueEmails, enqueueEmail } from "@/lib/email/mutations";
import { closeSmtpSenders, smtpSender } from "@/lib/email/transport";
import { acquireLease } from "@/lib/scheduler/mutations";
import { testDb, uniqueToken } from "../support/factories";
import { startMailCatcher, type MailCatcher } from "../support/mail-catcher";

let smtp: MailCatcher;
beforeAll(async () => {
  smtp = await startMailCatcher();
  // Earlier tests may have left pending messages; they belong to nobody here.
  await testDb.outboxMessage.updateMany({ where: { status: "pending" }, data: { status: "stored" } });
});
afterAll(async () => {
  closeSmtpSenders();
  await smtp.close();
  await testDb.$disconnect();
});

const FROM = "重庆软件人才培养平台 <no-reply@portal.test>";

describe("email delivery over SMTP", () => {
  it("sends each due message once, in the recipient's language, with plain-text and HTML parts", async () => {
    const zh = `${uniqueToken("zh")}@example.com`;
    const en = `${uniqueToken("en")}@example.com`;
    await enqueueEmail(testDb, zh, "zh-CN", { template: "verify-email", name: "李明", url: "http://localhost:3000/verify-email?token=abc" }, true);
    await enqueueEmail(testDb, en, "en", { template: "reset-password", name: "Ada <script>", url: "http://localhost:3000/en/reset-password?token=xyz", minutes: 60 }, true);

    // Two runners at once (the scheduler and a request's sweep) still send each message once.
    const send = smtpSender(smtp.url, FROM);
    const [a, b] = await Promise.all([deliverDueEmails(send), deliverDueEmails(send)]);
    expect(a + b).toBe(2);
    expect(smtp.received).toHaveLength(2);

    const toZh = smtp.received.find((m) => m.subject === "请验证您的电子邮箱")!;
    expect(toZh.text).toContain("李明，您好");
    expect(toZh.text).toContain("http://localhost:3000/verify-email?token=abc");
    expect(toZh.html).toContain('href="http://localhost:3000/verify-email?token=abc"');
    const toEn = smtp.received.find((m) => m.subject === "Reset your password")!;
    expect(toEn.text).toContain("works once, for 60 minutes");
    expect(toEn.html).toContain("Ada &lt;script&gt;"); // names are escaped in HTML
    expect((await testDb.outboxMessage.findFirstOrThrow({ where: { to: en } })).status).toBe("sent");
    expect(await deliverDueEmails(send)).toBe(0);
  });

  it("retries a failed send with backoff, shows the error, and gives up after the last attempt", async () => {
    const to = `${uniqueToken("fail")}@example.com`;
    await enqueueEmail(testDb, to, "en", { template: "password-changed", name: "Ada" }, true);
    const unreachable = smtpSender("smtp://127.0.0.1:9", FROM);
    const t0 = new Date();
    await deliverDueEmails(unreachable, t0);
    let message = await testDb.outboxMessage.findFirstOrThrow({ where: { to } });
    expect(message).toMatchObject({ status: "pending", attempts: 1 });
    expect(message.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(message.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(50_000); // about a minute later
    expect(await deliverDueEmails(unreachable, t0)).toBe(0); // not due yet

    for (let attempt = 2; attempt <= 6; attempt++) {
      await deliverDueEmails(unreachable, new Date(message.nextAttemptAt.getTime() + 1));
      message = await testDb.outboxMessage.findFirstOrThrow({ where: { to } });
      expect(message.attempts).toBe(attempt);
    }
    expect(message.status).toBe("failed");
  });

  it("keeps messages as stored when no SMTP server is configured", async () => {
    const to = `${uniqueToken("stored")}@example.com`;
    await enqueueEmail(testDb, to, "zh-CN", { template: "password-changed", name: "李明" }, false);
    expect(await deliverDueEmails(null)).toBe(0);
    expect((await testDb.outboxMessage.findFirstOrThrow({ where: { to } })).status).toBe("stored");
  });
});

describe("scheduler lease", () => {
  it("lets one holder run the jobs until its lease expires", async () => {
    const name = uniqueToken("jobs");
    const now = new Date();
    expect(await acquireLease(name, "process-a", 30_000, now)).toBe(true);
    expect(await acquireLease(name, "process-b", 30_000, now)).toBe(false);
    expect(await acquireLease(name, "process-a", 30_000, new Date(now.getTime() + 10_000))).toBe(true); // renewal
    expect(await acquireLease(name, "process-b", 30_000, new Date(now.getTime() + 50_000))).toBe(true); // expired: taken over
    expect(await acquireLease(name, "process-a", 30_000, new Date(now.getTime() + 51_000))).toBe(false);
  });
});
