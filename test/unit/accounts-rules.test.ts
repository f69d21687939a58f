import { describe, expect, it } from "vitest";
import { basicPasswordProblem } from "@/lib/accounts/password-basics";
import { passwordProblem } from "@/lib/accounts/password-rules";
import { profileSchema, signUpSchema } from "@/lib/accounts/schema";
import { renderEmail } from "@/lib/email/templates";
import { fieldMessages, parseIn } from "@/lib/i18n/validation";

describe("password rules", () => {
  // The length rules alone where the password is easy to guess (the browser checks length too);
  // guessability has its own table in test/unit/password-rules.test.ts.
  it("ask for at least 8 characters, counting characters rather than bytes", () => {
    expect(passwordProblem("short12")).toBe("password_too_short");
    expect(basicPasswordProblem("我的密码很长很长")).toBeNull(); // 8 characters, 24 bytes
    expect(passwordProblem("🔒🔒🔒🔒🔒🔒🔒")).toBe("password_too_short"); // 7 characters, 14 UTF-16 units
  });

  it("allow long passphrases (256 characters) and never truncate them", () => {
    expect(basicPasswordProblem("a".repeat(63) + "b")).toBeNull();
    expect(passwordProblem("correct horse battery staple ".repeat(8).slice(0, 256))).toBeNull();
    expect(passwordProblem("x".repeat(257))).toBe("password_too_long");
  });

  it("refuse common passwords, Chinese favourites included, in any case", () => {
    for (const p of ["password", "Password1", "12345678", "woaini1314", "5201314520", "1qaz2wsx", "QQ123456", "zhang123", "aaaaaaaaaa"]) {
      expect(passwordProblem(p), p).toBe("password_common");
    }
  });

  it("refuse a password that contains the email's name", () => {
    expect(passwordProblem("zhangsan2026!", "zhangsan@example.com")).toBe("password_like_email");
    expect(passwordProblem("a fine long phrase", "zhangsan@example.com")).toBeNull();
  });
});

describe("account schemas", () => {
  it("normalise emails and phone numbers", () => {
    const parsed = signUpSchema.parse({ email: "  Li.Ming@Example.COM ", name: " 李明 ", password: "a long phrase indeed", locale: "zh-CN", consent: true });
    expect(parsed.email).toBe("li.ming@example.com");
    expect(parsed.name).toBe("李明");
    const profile = (phone: string) => profileSchema.safeParse({ name: "x", phone, locale: "en" });
    expect(profile("138 0013 8000").data?.phone).toBe("+8613800138000");
    expect(profile("+44 7911 123456").data?.phone).toBe("+447911123456");
    expect(profile("+852 5123 4567").data?.phone).toBe("+85251234567");
    expect(profile("").data?.phone).toBeNull();
    expect(profile("12345").success).toBe(false);
  });

  it("name every bad field in the person's language", () => {
    const input = { email: "nope", name: "", password: "1234567", locale: "fr", consent: false };
    const zh = fieldMessages(parseIn(signUpSchema, input, "zh-CN").error!, "zh-CN");
    const en = fieldMessages(parseIn(signUpSchema, input, "en").error!, "en");
    expect(Object.keys(zh).sort()).toEqual(["consent", "email", "locale", "name", "password"]);
    expect(zh.email).toBe("请输入有效的电子邮箱地址");
    expect(en.email).toBe("Enter a valid email address");
    expect(en.password).toBe("Use at least 8 characters");
    expect(zh.consent).toBe("注册前需要阅读并同意个人信息保护声明");
  });

  it("turn empty form fields into 'not given' and years into numbers", () => {
    const parsed = profileSchema.parse({ name: "x", phone: "", education: "", employer: " ", yearsExperience: "7", talentLevel: "", locale: "zh-CN" });
    expect(parsed).toMatchObject({ phone: null, education: null, employer: "", yearsExperience: 7, talentLevel: null });
    expect(profileSchema.safeParse({ name: "x", yearsExperience: "3.5", locale: "en" }).success).toBe(false);
  });
});

describe("email templates", () => {
  it("render each email in both languages with text and HTML, escaping names", () => {
    const zh = renderEmail("zh-CN", { template: "verify-email", name: "李明", url: "https://talent.example.cn/verify-email?token=t" });
    const en = renderEmail("en", { template: "verify-email", name: "O'Brien & <Co>", url: "https://talent.example.cn/en/verify-email?token=t" });
    expect(zh.subject).toBe("请验证您的电子邮箱");
    expect(zh.text).toContain("李明，您好：");
    expect(en.subject).toBe("Please verify your email address");
    expect(en.text).toContain("Dear O'Brien & <Co>,");
    expect(en.html).toContain("Dear O&#39;Brien &amp; &lt;Co&gt;,");
    expect(en.html).not.toContain("<Co>");
  });
});
