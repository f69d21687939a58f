import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basicPasswordProblem } from "@/lib/accounts/password-basics";
import { passwordProblem } from "@/lib/accounts/password-rules";
import { profileSchema, signUpSchema } from "@/lib/accounts/schema";
import { renderEmail, type EmailTemplate } from "@/lib/email/templates";
import { translator } from "@/lib/i18n/translator";
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

describe("names", () => {
  const nameError = (name: string, locale: "zh-CN" | "en" = "en") => {
    const parsed = parseIn(profileSchema, { name, locale: "en" }, locale);
    return parsed.success ? null : fieldMessages(parsed.error, locale).name ?? null;
  };

  it("accept the names people have", () => {
    for (const name of ["张伟", "欧阳娜娜", "阿卜杜勒·艾尼", "Emma Clarke", "J. R. R. Tolkien", "Seán O'Brien-Ó Súilleabháin", "Jean-Luc Picard", "Dr. Li Ming", "Lý Thị Hoa", "Nguyễn Văn A", "Li 2"]) {
      expect(nameError(name), name).toBeNull();
    }
  });

  it("refuse web addresses, email addresses and phone numbers, with a message in each language", () => {
    const hostile = [
      "请访问 http://evil.example 领奖", "www.evil.example", "evil.example/reset", "张三@evil.example", "zhang＠evil", "Visit EVIL.EXAMPLE",
      "例子.中国", "evil。example", "192.168.0.1", "客服 400-812-3123", "请拨打９５５８８", "mailto:x", "tel:110", "weixin://dl/chat",
    ];
    for (const name of hostile) {
      expect(nameError(name, "zh-CN"), name).toBe("姓名中不能含网址、邮箱地址或电话号码（例如 @、www.、.com 或连续 5 位以上数字）");
      expect(nameError(name, "en"), name).toBe("A name cannot contain a web address, email address or phone number (such as @, www., .com or five digits or more)");
    }
  });

  it("refuse line breaks, other control characters and marks that reorder text, and very long names", () => {
    for (const name of ["张三\n请点击下面的链接", "Emma\r\nClarke", "tab\there", "a\u2028b", "evil\u202Eelpmaxe"]) {
      expect(nameError(name, "zh-CN"), JSON.stringify(name)).toBe("姓名请写在一行内，不能含换行或控制字符");
      expect(nameError(name, "en"), JSON.stringify(name)).toBe("Write your name on one line, without line breaks or control characters");
    }
    expect(nameError("很".repeat(101), "zh-CN")).toBe("姓名不能超过 100 个字符");
    // Sign-up uses the same rule.
    expect(parseIn(signUpSchema, { email: "a@example.com", name: "www.evil.example", password: "a long phrase indeed", locale: "en", consent: true }, "en").success).toBe(false);
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

  it("advise ignoring an email only when anyone could have asked for it with someone else's address, never after a change to the account", () => {
    const footer = { "zh-CN": translator("zh-CN", "email")("footer"), en: translator("en", "email")("footer") };
    for (const locale of ["zh-CN", "en"] as const) {
      expect(renderEmail(locale, { template: "reset-password", name: "李明", url: "https://talent.example.cn/r?token=t", minutes: 60 }).text).toContain(footer[locale]);
      expect(renderEmail(locale, { template: "password-changed", name: "李明" }).text).not.toContain(footer[locale]);
      expect(renderEmail(locale, { template: "enrollment-changed", name: "李明", programme: "软件测试", start: "2027-03-01", state: "withdrawn", url: "https://talent.example.cn/me" }).text).not.toContain(footer[locale]);
    }
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

  it("greet without the name when a stored name holds a link, an address or a line break, and cut long names", () => {
    const url = "https://talent.example.cn/reset-password?token=t";
    expect(renderEmail("zh-CN", { template: "reset-password", name: "请访问 http://evil.example 领奖", url, minutes: 60 }).text).toMatch(/^您好：\n/);
    expect(renderEmail("en", { template: "reset-password", name: "Emma\nClick evil", url, minutes: 60 }).text).toMatch(/^Hello,\n/);
    const long = renderEmail("en", { template: "password-changed", name: "A".repeat(100) });
    expect(long.text.split("\n")[0]).toBe(`Dear ${"A".repeat(40)}…,`);
  });
});

// What mail clients turn into links in plain text, drawn broadly (linkify-it's fuzzy rules and
// more): web addresses with or without a scheme, email addresses, IP addresses and phone numbers.
const LINKIFIER = new RegExp(
  [
    String.raw`[a-z][a-z0-9+.-]*:\/\/[^\s<>"]+`,
    String.raw`(?:mailto|tel|sms|callto):[^\s<>"]+`,
    String.raw`[\p{L}\p{N}._%+-]+[@＠][\p{L}\p{N}.-]+`,
    String.raw`(?:[\p{L}\p{N}_-]+[.。．｡])+\p{L}{2,}(?:[/?#][^\s<>"]*)?`,
    String.raw`\d{1,3}(?:\.\d{1,3}){3}`,
    String.raw`\+?\p{Nd}(?:[\s().-]?\p{Nd}){5,}`,
  ].join("|"),
  "giu",
);
const links = (text: string) => new Set(text.match(LINKIFIER) ?? []);
const unescapeHtml = (html: string) =>
  html.replace(/<[^>]*>/g, " ").replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!);
const hrefs = (html: string) => new Set([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]));

describe("hostile names in emails (fast-check)", () => {
  const linky = fc.oneof(
    fc.webUrl(), fc.domain(), fc.emailAddress(), fc.ipV4(),
    fc.stringMatching(/^\+?\d{3}[ -]?\d{4}[ -]?\d{4}$/),
    fc.constantFrom("请访问 http://evil.example 领奖", "www.evil.example", "evil.example/reset", "例子.中国", "evil。example", "zhang＠evil.example", "tel:110"),
  );
  const hostileName = fc.oneof(
    linky,
    fc.tuple(fc.string({ unit: "grapheme", maxLength: 20 }), linky, fc.string({ maxLength: 20 })).map((parts) => parts.join("")),
    fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom("\n", "\r\n", "\u2028", "\t", "\u202E"), linky).map((parts) => parts.join("")),
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.string({ unit: "binary", maxLength: 120 }),
  );
  const templates = (name: string): EmailTemplate[] => [
    { template: "verify-email", name, url: "https://talent.example.cn/verify-email?token=abc" },
    { template: "reset-password", name, url: "https://talent.example.cn/reset-password?token=abc", minutes: 60 },
    { template: "confirm-new-email", name, url: "https://talent.example.cn/confirm-email?token=abc" },
    { template: "email-changed", name, newEmail: "new@example.com" },
    { template: "password-changed", name },
    { template: "account-disabled", name },
    { template: "sign-up-existing", name, signInUrl: "https://talent.example.cn/sign-in", resetUrl: "https://talent.example.cn/forgot-password" },
    { template: "enrollment-changed", name, programme: "Linux 培训", start: "2027-03-01", state: "已确认", url: "https://talent.example.cn/me/enrollments" },
    { template: "staff-invitation", name, institution: "重庆国家软件学院", role: "编辑", days: 7, email: "li.ming@example.com", url: "https://talent.example.cn/invitations/abc" },
  ];

  it("put no link or address from the name in the text, the HTML or the subject", () => {
    fc.assert(
      fc.property(hostileName, fc.constantFrom("zh-CN", "en" as const), (name, locale) => {
        const benign = templates("张三");
        templates(name).forEach((email, i) => {
          const rendered = renderEmail(locale, email);
          const expected = renderEmail(locale, benign[i]);
          expect(rendered.subject).toBe(expected.subject);
          for (const found of links(rendered.text)) expect(links(expected.text), `${JSON.stringify(name)}: ${found}`).toContain(found);
          for (const found of links(unescapeHtml(rendered.html))) expect(links(unescapeHtml(expected.html)), `${JSON.stringify(name)}: ${found}`).toContain(found);
          expect([...hrefs(rendered.html)]).toEqual([...hrefs(expected.html)]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("are refused when typed (name rule), whatever surrounds the link", () => {
    fc.assert(
      fc.property(fc.tuple(fc.string({ unit: "grapheme", maxLength: 20 }), linky, fc.string({ maxLength: 20 })).map((parts) => parts.join("")), (name) => {
        expect(profileSchema.safeParse({ name, locale: "en" }).success, JSON.stringify(name)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
