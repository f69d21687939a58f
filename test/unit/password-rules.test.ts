import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/accounts/codes";
import { passwordProblem, type PasswordProblem } from "@/lib/accounts/password-rules";
import { signUpSchema } from "@/lib/accounts/schema";
import zhCN from "@/messages/zh-CN.json";
import en from "@/messages/en.json";

// Whether a new password is easy to guess (zxcvbn, score 3 or more to pass), as sign-up, reset and
// change ask on the server. Each row: password, the account's email and name, the expected answer.
const refused: [string, string | undefined, string | undefined, PasswordProblem][] = [
  ["Password123!", undefined, undefined, "password_common"],
  ["qwertyuiop", undefined, undefined, "password_common"],
  ["1qaz2wsx3edc", undefined, undefined, "password_common"],
  ["asdfghjkl;'", undefined, undefined, "password_common"],
  ["P@ssw0rd2026", undefined, undefined, "password_common"],
  // Chinese favourites (zxcvbn-ts has no Chinese dictionary: lib/accounts/password-dictionary.ts adds them).
  ["woaini1314", undefined, undefined, "password_common"],
  ["5201314woaini", undefined, undefined, "password_common"],
  ["zhangwei1990", undefined, undefined, "password_common"],
  // The portal's own words.
  ["Chongqing2026!", undefined, undefined, "password_common"],
  ["cqsoftware2026", undefined, undefined, "password_common"],
  // The demo accounts' published password, and a variant of it.
  [DEMO_PASSWORD, undefined, undefined, "password_demo"],
  [DEMO_PASSWORD.toUpperCase(), "someone@example.com", "Someone", "password_demo"],
  ["Demo-Portal-2026!", undefined, undefined, "password_common"],
  // Only the first 64 characters are read (a bound on the work of one check), so a weak start is refused.
  ["password".repeat(8) + "vT9#qL2m!xR4-Zk7&wQ3^pN8-Hs5*dF1%jB6", undefined, undefined, "password_common"],
  // Built from the person's email or name, as a whole, in parts or l33t-spelt.
  ["zhangsan2026!", "zhangsan@example.com", undefined, "password_like_email"],
  ["xiaolongwu88", "xiaolong.wu@example.com", "Wu Xiaolong", "password_like_email"],
  ["Xiaoyu.Lin.1990", "reader7@example.com", "Lin Xiaoyu", "password_like_name"],
  ["l1nx1aoyu2026", "reader7@example.com", "Lin Xiaoyu", "password_like_name"],
  ["王小明王小明123", "reader7@example.com", "王小明", "password_like_name"],
];

const accepted: [string, string | undefined, string | undefined][] = [
  ["correct horse battery", undefined, undefined],
  ["a fine long phrase", "zhangsan@example.com", "张三"],
  ["山城 software 2026", "zhangwei.cq@example.com", "张伟"],
  ["vT9#qL2m!xR4", undefined, undefined],
  // A long random passphrase (diceware-style), and the longest password allowed.
  ["tangerine-moped-gravel-quiet-lantern", "reader7@example.com", "Lin Xiaoyu"],
  ["correct horse battery staple ".repeat(8).slice(0, 256), undefined, undefined],
  // The person's name inside a phrase that is strong without it.
  ["Xiaoyu hikes the misty Jinfo Mountain", "reader7@example.com", "Lin Xiaoyu"],
];

describe("guessable passwords", () => {
  it.each(refused)("refuse %j (email %s, name %s) as %s", (password, email, name, problem) => {
    expect(passwordProblem(password, email, name)).toBe(problem);
  });

  it.each(accepted)("accept %j (email %s, name %s)", (password, email, name) => {
    expect(passwordProblem(password, email, name)).toBeNull();
  });

  it("explain every refusal in both languages", () => {
    for (const [, , , problem] of refused) {
      expect(zhCN.validation, problem).toHaveProperty(problem);
      expect(en.validation, problem).toHaveProperty(problem);
    }
  });

  it("are the server's to find: the forms' shared schema checks only the basic rules", () => {
    // So the browser never loads the dictionaries; the server action answers with a field error.
    const input = { email: "li.ming@example.com", name: "李明", password: "Password123!", locale: "zh-CN", consent: true };
    expect(signUpSchema.safeParse(input).success).toBe(true);
  });
});
