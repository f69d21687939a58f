import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creditCodeCheck, creditCodeProblem, normalizeCreditCode } from "@/lib/institutions/credit-code";

/** A valid code from its parts, the way the registration authorities make them. */
function code(authority: string, type: string, region: string, organisationBody: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...organisationBody].reduce((t, c, i) => t + parseInt(c, 36) * weights[i]!, 0);
  const orgCheck = { 10: "X", 11: "0" }[11 - (sum % 11)] ?? String(11 - (sum % 11));
  const first17 = `${authority}${type}${region}${organisationBody}${orgCheck}`;
  return first17 + creditCodeCheck(first17);
}

const valid = code("9", "1", "500112", "MA5U0001"); // a company registered in 渝北区

describe("unified social credit code (GB 32100-2015)", () => {
  it.each([
    ["a company in Chongqing", valid],
    ["a public institution (事业单位)", code("1", "2", "500000", "45000123")],
    ["a social organisation (民政, 民办非企业单位)", code("5", "2", "500103", "MJP00012")],
    ["a national-level authority", code("1", "1", "100000", "00001234")],
    ["published example with an MA organisation code", "91350200MA2YJ1XR9G"],
    ["published example with an X organisation check", "91350213678251743X"],
  ])("accepts %s", (_, value) => {
    expect(creditCodeProblem(value)).toBeNull();
  });

  it.each([
    ["17 characters", valid.slice(0, 17), "credit_code_length"],
    ["a letter the code never uses (O)", `${valid.slice(0, 10)}O${valid.slice(11)}`, "credit_code_character"],
    ["lower case, not normalised", valid.toLowerCase(), "credit_code_character"],
    ["an unknown registration authority", `B${valid.slice(1)}`, "credit_code_authority"],
    ["a type the authority does not register (市场监管 has no 9)", `99${valid.slice(2)}`, "credit_code_type"],
    ["a region that is no province", `91990000${valid.slice(8)}`, "credit_code_region"],
    ["a region with a letter", `9150A112${valid.slice(8)}`, "credit_code_region"],
    ["a wrong organisation-code check", `${valid.slice(0, 16)}${valid[16] === "1" ? "2" : "1"}${valid[17]}`, "credit_code_organisation"],
    ["a wrong final check digit", `${valid.slice(0, 17)}${valid[17] === "0" ? "1" : "0"}`, "credit_code_check"],
  ])("names the wrong part: %s", (_, value, problem) => {
    expect(creditCodeProblem(value)).toBe(problem);
  });

  it("normalises what people type: spaces, hyphens, lower case and full-width characters", () => {
    const typed = `${valid.slice(0, 8).toLowerCase()} - ${valid.slice(8)}`.replace(/5/g, "５");
    expect(normalizeCreditCode(typed)).toBe(valid);
  });

  it("catches every single mistyped character of a valid code", () => {
    const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.constantFrom(...alphabet), (at, c) => {
        fc.pre(valid[at] !== c);
        expect(creditCodeProblem(`${valid.slice(0, at)}${c}${valid.slice(at + 1)}`)).not.toBeNull();
      }),
    );
  });
});
