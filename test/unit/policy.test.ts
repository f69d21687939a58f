import { describe, expect, it } from "vitest";
import { can, type Action, type Actor } from "@/lib/auth/policy";

const base = { email: "x@example.com", name: "x", locale: "zh-CN", emailVerified: true, via: "session" as const };
const actors: Record<string, Actor | null> = {
  anonymous: null,
  learner: { ...base, id: "learner", bureauRole: null, memberships: [] },
  unverified: { ...base, id: "unverified", emailVerified: false, bureauRole: null, memberships: [] },
  staffA: { ...base, id: "staffA", bureauRole: null, memberships: [{ institutionId: "A", institutionSlug: "a", role: "owner" }] },
  editorA: { ...base, id: "editorA", bureauRole: null, memberships: [{ institutionId: "A", institutionSlug: "a", role: "editor" }] },
  reviewerA: { ...base, id: "reviewerA", bureauRole: null, memberships: [{ institutionId: "A", institutionSlug: "a", role: "reviewer" }] },
  staffB: { ...base, id: "staffB", bureauRole: null, memberships: [{ institutionId: "B", institutionSlug: "b", role: "owner" }] },
  bureauReviewer: { ...base, id: "bureauReviewer", bureauRole: "reviewer", memberships: [] },
  bureauAdmin: { ...base, id: "bureauAdmin", bureauRole: "admin", memberships: [] },
};

// Who may do what, on institution A where the action concerns one. Later issues add rows.
const table: [Action, string[]][] = [
  ["account.manage", ["learner", "unverified", "staffA", "editorA", "reviewerA", "staffB", "bureauReviewer", "bureauAdmin"]],
  ["account.verified-actions", ["learner", "staffA", "editorA", "reviewerA", "staffB", "bureauReviewer", "bureauAdmin"]],
  ["account.tokens.create", ["learner", "staffA", "editorA", "reviewerA", "staffB", "bureauReviewer", "bureauAdmin"]],
  ["admin.audit.read", ["bureauAdmin"]],
  ["admin.outbox.read", ["bureauAdmin"]],
  ["admin.users.manage", ["bureauAdmin"]],
  ["bureau.review", ["bureauReviewer", "bureauAdmin"]],
  ["institution.apply", ["learner", "staffA", "editorA", "reviewerA", "staffB", "bureauReviewer", "bureauAdmin"]],
  ["institution.staff-area", ["staffA", "editorA", "reviewerA", "bureauReviewer", "bureauAdmin"]],
  ["institution.edit", ["staffA", "editorA", "bureauAdmin"]],
  ["institution.manage-staff", ["staffA", "bureauAdmin"]],
  ["enrollment.review", ["staffA", "reviewerA", "bureauReviewer", "bureauAdmin"]],
  ["enrollment.run", ["staffA", "editorA", "bureauAdmin"]],
];

describe("policy", () => {
  it.each(table)("%s is allowed to exactly the expected actors", (action, allowed) => {
    const granted = Object.entries(actors).filter(([, actor]) => can(actor, action, { institutionId: "A" })).map(([name]) => name);
    expect(granted).toEqual(allowed);
  });

  it("lets no personal token create tokens", () => {
    expect(can({ ...actors.learner!, via: "token" }, "account.tokens.create")).toBe(false);
    expect(can({ ...actors.learner!, via: "token" }, "account.manage")).toBe(true);
  });

  it("never grants institution rights without naming the institution", () => {
    expect(can(actors.staffA, "institution.edit")).toBe(false);
    expect(can(actors.staffA, "institution.edit", { institutionId: "B" })).toBe(false);
  });
});
