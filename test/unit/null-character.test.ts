import { describe, expect, it } from "vitest";
import { createTokenSchema, profileSchema, signUpSchema } from "@/lib/accounts/schema";
import { auditFilterSchema } from "@/lib/audit/schema";
import { answersSchema } from "@/lib/enrollment/questions";
import { overseasQuestions } from "@/prisma/seed/data/questions";

// PostgreSQL cannot store U+0000: every free-text field refuses it with its own error code, so it
// never reaches a query (where it would fail with a 500).
const NUL = "a\u0000b";
const codeAt = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  result.error?.issues.find((i) => i.path.join(".") === field)?.message;

describe("text with a null character", () => {
  it("is refused field by field in accounts, tokens and the audit filters", () => {
    expect(codeAt(signUpSchema.safeParse({ name: NUL, email: "a@example.com", password: "x", locale: "zh-CN", consent: true }), "name")).toBe("text_invalid_character");
    expect(codeAt(profileSchema.safeParse({ name: "李明", employer: NUL }), "employer")).toBe("text_invalid_character");
    expect(codeAt(createTokenSchema.safeParse({ name: "\u0000", expiresInDays: 30 }), "name")).toBe("text_invalid_character");
    expect(codeAt(auditFilterSchema.safeParse({ actor: NUL }), "actor")).toBe("text_invalid_character");
  });

  it("is refused in answers to a programme's questions", () => {
    const textKey = overseasQuestions.steps.flatMap((s) => s.questions).find((q) => q.kind === "long-text")!.key;
    const result = answersSchema(overseasQuestions).safeParse({ [textKey]: `${"很好".repeat(40)}\u0000` });
    expect(codeAt(result, textKey)).toBe("text_invalid_character");
  });
});
