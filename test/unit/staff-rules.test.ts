import { describe, expect, it } from "vitest";
import { invitationState } from "@/lib/staff/states";
import { acceptInvitationSchema, inviteSchema, isInvitationToken } from "@/lib/staff/schema";
import { newSecret } from "@/lib/auth/random-secrets";

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
