import { describe, expect, it } from "vitest";
import { invitationState } from "@/lib/staff/states";
import { acceptInvitationSchema, inviteSchema, isInvitationToken } from "@/lib/staff/schema";
import { newSecret } from "@/lib/auth/random-secrets";
import { renderEmail } from "@/lib/email/templates";

const now = new Date("2026-12-02T08:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const open = { expiresAt: at(1), acceptedAt: null, revokedAt: null, institution: { status: "verified" } };

describe("where an invitation stands", () => {
  it.each([
    ["open until the moment it expires", open, "open"],
    ["expired at that moment", { ...open, expiresAt: now }, "expired"],
    ["used once accepted, even past its expiry", { ...open, expiresAt: at(-60), acceptedAt: at(-90) }, "used"],
    ["revoked (or replaced)", { ...open, revokedAt: at(-1) }, "revoked"],
    ["void once its institution was refused", { ...open, institution: { status: "rejected" } }, "revoked"],
    ["still open while its institution is suspended", { ...open, institution: { status: "suspended" } }, "open"],
  ] as const)("%s", (_, invitation, expected) => {
    expect(invitationState(invitation, now)).toBe(expected);
  });
});

describe("invitation inputs", () => {
  it("recognises the tokens the portal makes, and nothing else", () => {
    expect(isInvitationToken(newSecret())).toBe(true);
    for (const bad of ["", "short", `${newSecret()}x`, `${newSecret().slice(0, 42)}/`, "A".repeat(42), 42, null]) expect(isInvitationToken(bad)).toBe(false);
    expect(acceptInvitationSchema.safeParse({ token: "../../etc/passwd" }).success).toBe(false);
  });

  it("takes an address as typed (trimmed, lower-cased) and invites editors or reviewers only", () => {
    expect(inviteSchema.parse({ institutionId: "cinst1", email: "  Li.Ming@Example.COM ", role: "reviewer" })).toEqual({ institutionId: "cinst1", email: "li.ming@example.com", role: "reviewer" });
    const refused = inviteSchema.safeParse({ institutionId: "x y", email: "not an address", role: "owner" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["institutionId", "not_found"], ["email", "email_invalid"], ["role", "invalid_choice"]]);
  });
});

describe("the invitation email", () => {
  const email = { template: "staff-invitation", name: "", institution: "Tom & Jerry's <College>", role: "Editor", days: 7, email: "li.ming@example.com", url: "https://talent.example.cn/en/invitations/abc" } as const;

  it("names the institution, the role, how long the link works and which address accepts it; the link in both parts", () => {
    const en = renderEmail("en", email);
    expect(en.subject).toBe("Invitation to join “Tom & Jerry's <College>”");
    expect(en.text).toMatch(/^Hello,\n\n“Tom & Jerry's <College>” invites you to join its staff on the Chongqing Software Talent Portal as Editor\. Open the link below within 7 days/);
    expect(en.text).toContain("signed in with li.ming@example.com");
    expect(en.text).toContain("See the invitation: https://talent.example.cn/en/invitations/abc");
    expect(en.text).toContain("nothing happens unless you accept");
    expect(en.html).toContain("Tom &amp; Jerry&#39;s &lt;College&gt;");
    expect(en.html).not.toContain("<College>");
    expect(en.html).toContain('href="https://talent.example.cn/en/invitations/abc"');
    const zh = renderEmail("zh-CN", { ...email, name: "李明", institution: "重庆国家软件学院", role: "审核员", url: "https://talent.example.cn/invitations/abc" });
    expect(zh.subject).toBe("邀请您加入“重庆国家软件学院”");
    expect(zh.text).toMatch(/^李明，您好：\n\n“重庆国家软件学院”邀请您以审核员身份加入/);
    expect(zh.text).toContain("请在 7 天内打开");
  });
});
