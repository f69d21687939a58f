import { describe, expect, it } from "vitest";
import { createTokenSchema, profileSchema, signUpSchema } from "@/lib/accounts/schema";
import { auditFilterSchema } from "@/lib/audit/schema";
import { answersSchema, draftValues } from "@/lib/enrollment/questions";
import { fieldMessages, parseIn } from "@/lib/i18n/validation";
import { hasInvalidCharacter, invalidTextPaths } from "@/lib/text";
import { overseasQuestions } from "@/prisma/seed/data/questions";

// PostgreSQL cannot store U+0000, and a lone UTF-16 surrogate has no UTF-8 spelling (node-postgres
// would store U+FFFD in its place): every free-text field refuses both with its own error code, so
// neither reaches a query (where U+0000 fails with a 500 and a lone surrogate is silently replaced).
const NUL = "a\u0000b";
const HIGH = "a\ud800b"; // JSON's "\ud800": the first half of a pair, alone
const LOW = "\udc00"; // the second half, alone
const codeAt = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  result.error?.issues.find((i) => i.path.join(".") === field)?.message;
const textKey = overseasQuestions.steps.flatMap((s) => s.questions).find((q) => q.kind === "long-text")!.key;

describe("hasInvalidCharacter", () => {
  it("finds null characters and lone surrogates, and nothing in real text (emoji, Chinese, rare Han characters)", () => {
    for (const bad of [NUL, HIGH, LOW, "😀".slice(0, 1), "😀".slice(1), "\udc00\ud800", "x\ud83d"]) expect(hasInvalidCharacter(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ["", "李明", "😀 ok", "𠀀𠀁", "a\u2028b", "\ufffd"]) expect(hasInvalidCharacter(good), good).toBe(false);
  });

  it("is found anywhere in parsed JSON, keys included, with its path", () => {
    expect(invalidTextPaths(JSON.parse('{"name":"ok","answers":{"statement":"\\ud800","list":["x","\\udc00"]},"\\ud800":1}'))).toEqual([
      ["answers", "statement"], ["answers", "list", 1], ["\ud800"],
    ]);
    expect(invalidTextPaths({ a: [1, true, null, "😀"] })).toEqual([]);
    // Nesting deeper than any stack holds does not throw.
    const deep = JSON.parse(`${"[".repeat(50_000)}"\\ud800"${"]".repeat(50_000)}`);
    expect(invalidTextPaths(deep)).toHaveLength(1);
  });
});

describe("text with a null character or a lone surrogate", () => {
  it("is refused field by field in accounts, tokens and the audit filters", () => {
    for (const bad of [NUL, HIGH, LOW]) {
      expect(codeAt(signUpSchema.safeParse({ name: bad, email: "a@example.com", password: "x", locale: "zh-CN", consent: true }), "name")).toBe("text_invalid_character");
      expect(codeAt(profileSchema.safeParse({ name: "李明", employer: bad }), "employer")).toBe("text_invalid_character");
      expect(codeAt(createTokenSchema.safeParse({ name: bad, expiresInDays: 30 }), "name")).toBe("text_invalid_character");
      expect(codeAt(auditFilterSchema.safeParse({ actor: bad }), "actor")).toBe("text_invalid_character");
    }
  });

  it("is refused in answers to a programme's questions", () => {
    for (const bad of [NUL, HIGH]) {
      const result = answersSchema(overseasQuestions).safeParse({ [textKey]: `${"很好".repeat(40)}${bad}` });
      expect(codeAt(result, textKey)).toBe("text_invalid_character");
    }
  });

  it("is refused by the shared parse in every field, even one whose schema has no such rule (a password), in the person's language", () => {
    const input = { name: "李明", email: "a@example.com", password: `long enough ${HIGH}`, locale: "en", consent: true };
    expect(signUpSchema.safeParse(input).success).toBe(true); // the schema alone would take it
    const zh = parseIn(signUpSchema, input, "zh-CN");
    expect(zh.success).toBe(false);
    expect(fieldMessages(zh.error!, "zh-CN")).toEqual({ password: "含有无法保存的字符（空字符，或不完整的字符，例如半个表情符号）" });
    const en = parseIn(signUpSchema, { ...input, name: LOW }, "en");
    expect(fieldMessages(en.error!, "en")).toEqual({
      name: "This contains a character that cannot be saved (a null character, or an incomplete one such as half of an emoji)",
      password: "This contains a character that cannot be saved (a null character, or an incomplete one such as half of an emoji)",
    });
  });

  it("keeps the schema's other issues beside it, and leaves valid input alone", () => {
    const result = parseIn(profileSchema, { name: HIGH, yearsExperience: 200, locale: "en" }, "en");
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(expect.arrayContaining([["name", "text_invalid_character"], ["yearsExperience", "years_invalid"]]));
    expect(parseIn(profileSchema, { name: "😀 李明", locale: "en" }, "en").success).toBe(true);
  });

  it("is left out of a draft, which is kept as typed otherwise (and never cut inside an emoji)", () => {
    expect(draftValues(overseasQuestions, { [textKey]: `draft ${HIGH}`, "years-experience": "3" })).toEqual({ "years-experience": "3" });
    expect(draftValues(overseasQuestions, { [textKey]: NUL })).toEqual({});
    const long = `${"a".repeat(4999)}😀`;
    expect(draftValues(overseasQuestions, { [textKey]: long })[textKey]).toBe("a".repeat(4999));
  });
});
