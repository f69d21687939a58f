import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { findAuditEvents } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { setAccountDisabled, setBureauRole } from "@/lib/accounts/mutations/admin";
import { testDb, uniqueToken } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

describe("npm run admin:create", () => {
  it("creates a verified bureau admin with a one-time password, or promotes an existing account, on the audit trail", async () => {
    const email = `${uniqueToken("boss")}@example.com`;
    const run = (address: string) =>
      execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/create-admin.ts", address], { env: process.env, encoding: "utf8" });
    const output = run(email.toUpperCase());
    const password = output.match(/^\s{2}(\S{20})$/m)?.[1];
    expect(password).toBeDefined();
    const created = await testDb.user.findUniqueOrThrow({ where: { email } });
    expect(created).toMatchObject({ bureauRole: "admin", disabledAt: null });
    expect(created.emailVerifiedAt).not.toBeNull();

    const existing = await makeUser();
    await testDb.user.update({ where: { id: existing.id }, data: { disabledAt: new Date() } });
    expect(run(existing.email)).toContain("is now a bureau admin");
    expect(await testDb.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ bureauRole: "admin", disabledAt: null });
    const entries = await testDb.auditEvent.findMany({ where: { subjectId: { in: [created.id, existing.id] }, action: "role.granted" } });
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.actorId === null && e.actorLabel === "npm run admin:create")).toBe(true);

    expect(() => run("not an email")).toThrow();
  });
});

describe("the audit trail page's filters", () => {
  it("find entries by action, by actor or subject email, and by date", async () => {
    const admin = await makeUser({ bureauRole: "admin" });
    const target = await makeUser();
    await setBureauRole(await actorOf(admin.id), target.id, "reviewer", { ip: null });
    await setAccountDisabled(await actorOf(admin.id), target.id, true, { ip: null });
    const filter = (input: Record<string, string>) => findAuditEvents(auditFilterSchema.parse(input));

    const byActor = await filter({ actor: admin.email.toUpperCase() });
    expect(byActor.items.map((e) => e.action)).toEqual(["account.disabled", "role.granted"]);
    expect(byActor.people.get(target.id)?.email).toBe(target.email);
    expect((await filter({ subject: target.email, action: "account.disabled" })).items).toHaveLength(1);
    expect((await filter({ subject: target.id, action: "role.revoked" })).total).toBe(0);
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });
    expect((await filter({ actor: admin.email, from: today, to: today })).total).toBe(2);
    expect((await filter({ actor: admin.email, to: "2020-01-01" })).total).toBe(0);
    expect(auditFilterSchema.safeParse({ action: "made.up" }).success).toBe(false);
  });
});
