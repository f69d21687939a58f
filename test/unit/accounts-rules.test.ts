import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/accounts/password-rules";
import { profileSchema, signUpSchema } from "@/lib/accounts/schema";
import { renderEmail } from "@/lib/email/templates";
import { fieldMessages, parseIn } from "@/lib/i18n/validation";
import { safeNextPath, sameOrigin } from "@/lib/auth/request";

describe("password rules", () => {
  it("ask for at least 8 characters, counting characters rather than bytes", () => {
    expect(passwordProblem("short12")).toBe("password_too_short");
    expect(passwordProblem("我的密码很长很长")).toBeNull(); // 8 characters, 24 bytes
    expect(passwordProblem("🔒🔒🔒🔒🔒🔒🔒")).toBe("password_too_short"); // 7 characters, 14 UTF-16 units
  });

  it("allow long passphrases (256 characters) and never truncate them", () => {
    expect(passwordProblem("a".repeat(63) + "b")).toBeNull();
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
    const input = { email: "nope", name: "", password: "12345678", locale: "fr", consent: false };
    const zh = fieldMessages(parseIn(signUpSchema, input, "zh-CN").error!, "zh-CN");
    const en = fieldMessages(parseIn(signUpSchema, input, "en").error!, "en");
    expect(Object.keys(zh).sort()).toEqual(["consent", "email", "locale", "name", "password"]);
    expect(zh.email).toBe("请输入有效的电子邮箱地址");
    expect(en.email).toBe("Enter a valid email address");
    expect(en.password).toBe("This password is too common and easy to guess; choose another");
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

  it("tell the owner of a disabled account why signing in fails, in their language, without the usual 'ignore this' footer", () => {
    const zh = renderEmail("zh-CN", { template: "account-disabled", name: "李明" });
    const en = renderEmail("en", { template: "account-disabled", name: "Emma" });
    expect(zh.subject).toBe("您的账户已被停用");
    expect(zh.text).toContain("请联系市软件人才办公室");
    expect(en.subject).toBe("Your account is disabled");
    expect(en.text).toContain("contact the municipal software talent office");
    expect(en.text).not.toContain("ignore this email");
  });
});

describe("request checks", () => {
  it("accept only paths on this site after sign-in", () => {
    expect(safeNextPath("/en/me/tokens?x=1#y")).toBe("/en/me/tokens?x=1#y");
    for (const bad of ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "https://evil.example", "javascript:alert(1)", "", 42, null]) {
      expect(safeNextPath(bad), String(bad)).toBeUndefined();
    }
  });

  it("treat a missing, odd or foreign Origin carefully", () => {
    const headers = (h: Record<string, string>) => new Headers({ host: "localhost:3000", ...h });
    expect(sameOrigin(headers({ origin: "http://localhost:3000" }), "http://localhost:3000")).toBe(true);
    expect(sameOrigin(headers({ origin: "https://evil.example" }), "http://localhost:3000")).toBe(false);
    expect(sameOrigin(headers({ origin: "null" }), "http://localhost:3000")).toBe(false);
    expect(sameOrigin(headers({ "sec-fetch-site": "cross-site" }), "http://localhost:3000")).toBe(false);
    expect(sameOrigin(headers({}), "http://localhost:3000")).toBe(true); // scripts and tools send no Origin
  });
});
