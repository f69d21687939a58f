import { describe, expect, it } from "vitest";
import { searchQuery, searchTokens, weightedVector } from "@/lib/search/tokenize";

describe("searchTokens", () => {
  it("cuts Chinese into overlapping bigrams plus each run's last character, and keeps Latin words whole, lower-cased", () => {
    expect(searchTokens("嵌入式 Linux 系统")).toEqual(["嵌入", "入式", "式", "linux", "系统", "统"]);
    expect(searchTokens("CMM5级认证")).toEqual(["cmm5", "级认", "认证", "证"]);
    expect(searchTokens("网")).toEqual(["网"]);
  });

  it("drops punctuation of both scripts and folds full-width letters", () => {
    expect(searchTokens("《软件》：ISO9000、ＣＭＭ！")).toEqual(["软件", "件", "iso9000", "cmm"]);
  });
});

describe("weightedVector", () => {
  it("gives every token its positions across the parts, with each part's weight", () => {
    expect(weightedVector([["A", "安全软件", null, "Security"], ["D", "软件 security"]])).toBe(
      "'安全':1A '全软':2A '软件':3A,6D '件':4A,7D 'security':5A,8D",
    );
  });

  it("leaves out words too long to index and keeps at most 256 positions per token", () => {
    expect(weightedVector([["B", `${"x".repeat(61)} ok`]])).toBe("'ok':2B");
    const many = weightedVector([["D", "ab ".repeat(300)]]);
    expect(many.split(",")).toHaveLength(256);
  });
});

describe("searchQuery", () => {
  it("asks for each Chinese run as a phrase and each word as a prefix, all required", () => {
    expect(searchQuery("嵌入式")).toEqual({ all: "'嵌入' <-> '入式'", title: "'嵌入':A <-> '入式':A" });
    expect(searchQuery("安全")!.all).toBe("'安全'");
    expect(searchQuery("linu 通信")).toEqual({ all: "'linu':* & '通信'", title: "'linu':*A & '通信':A" });
    expect(searchQuery("网")!.all).toBe("'网':*");
  });

  it("keeps tsquery syntax in the input from doing anything", () => {
    expect(searchQuery("title:\"x\" | !NEAR <-> (a & b) *")!.all).toBe("'title':* & 'x':* & 'near':* & 'a':* & 'b':*");
    expect(searchQuery("' \" ) ( * : ^ - & | ! <->")).toBeNull();
    expect(searchQuery("")).toBeNull();
  });

  it("uses at most eight terms", () => {
    expect(searchQuery("a b c d e f g h i j")!.all.split(" & ")).toHaveLength(8);
  });
});
