// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, each part with
// its own rule, so a wrong code can be answered with which part is wrong. Used for institutions
// (issue 12) and returnees' ventures (issue 13). Pure, table-tested (test/unit/credit-code.test.ts).
//
//   9 1 500000 MA5U7XXXX X
//   │ │ │      │         └ 18: check digit over the first 17 (weights 3^i mod 31)
//   │ │ │      └ 9-17: organisation code (GB 11714-1997, with its own check character)
//   │ │ └ 3-8: administrative division of the registration authority (GB/T 2260)
//   │ └ 2: organisation type, which depends on
//   └ 1: the registration authority

/** The 31 characters the code uses: digits and capitals without I, O, S, V, Z. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Registration authority -> the organisation types it registers (GB 32100-2015, appendix A, with later additions A and N). */
const TYPES: Record<string, string> = {
  "1": "1239", // 机构编制: 机关, 事业单位, 编办管理的群众团体, 其他
  "2": "19", // 外交
  "3": "123459", // 司法行政
  "4": "19", // 文化
  "5": "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  "6": "129", // 旅游
  "7": "129", // 宗教
  "8": "19", // 工会
  "9": "123", // 市场监管 (工商): 企业, 个体工商户, 农民专业合作社
  A: "19", // 中央军委改革和编制办公室
  N: "1239", // 农业农村: 集体经济组织
  Y: "1", // 其他
};

/** Two-digit province codes of GB/T 2260 (10 for authorities at national level). */
const PROVINCES = new Set(["10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"]);

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeProblem =
  | "credit_code_length"
  | "credit_code_character"
  | "credit_code_authority"
  | "credit_code_type"
  | "credit_code_region"
  | "credit_code_organisation"
  | "credit_code_check";

/** The check character of an organisation code's first 8 characters (GB 11714: letters count A=10 ... Z=35). */
function organisationCheck(body: string): string {
  const sum = [...body].reduce((total, c, i) => total + parseInt(c, 36) * ORG_WEIGHTS[i]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** The check character of a code's first 17 characters. */
export function creditCodeCheck(first17: string): string {
  const sum = [...first17].reduce((total, c, i) => total + ALPHABET.indexOf(c) * USCC_WEIGHTS[i]!, 0);
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The code as people type it: spaces and hyphens dropped, letters upper-cased, full-width characters narrowed. */
export function normalizeCreditCode(value: string): string {
  return value.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase();
}

/** Which part of a (normalised) code is wrong, or null when it is a valid code. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return "credit_code_length";
  if ([...code].some((c) => !ALPHABET.includes(c))) return "credit_code_character";
  const types = TYPES[code[0]!];
  if (!types) return "credit_code_authority";
  if (!types.includes(code[1]!)) return "credit_code_type";
  if (!/^\d{6}$/.test(code.slice(2, 8)) || !PROVINCES.has(code.slice(2, 4))) return "credit_code_region";
  if (organisationCheck(code.slice(8, 16)) !== code[16]) return "credit_code_organisation";
  if (creditCodeCheck(code.slice(0, 17)) !== code[17]) return "credit_code_check";
  return null;
}
