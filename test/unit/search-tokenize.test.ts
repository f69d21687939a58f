import { describe, expect, it } from "vitest";
import { ftsQuery, indexText, searchTokens } from "@/lib/search/tokenize";

describe("searchTokens", () => {
  it("cuts Chinese into overlapping bigrams plus each run's last character, and keeps Latin words whole, lower-cased", () => {
    expect(searchTokens("嵌入式 Linux 系统")).toEqual(["嵌入", "入式", "式", "linux", "系统", "统"]);
    expect(searchTokens("CMM5级认证")).toEqual(["cmm5", "级认", "认证", "证"]);
    expect(searchTokens("网")).toEqual(["网"]);
  });

  it("drops punctuation of both scripts and folds full-width letters", () => {
    expect(searchTokens("《软件》：ISO9000、ＣＭＭ！")).toEqual(["软件", "件", "iso9000", "cmm"]);
    expect(indexText("安全软件", null, "Security")).toBe("安全 全软 软件 件 security");
  });
});

describe("ftsQuery", () => {
  it("asks for each Chinese run as a phrase and each word as a prefix, all required", () => {
    expect(ftsQuery("嵌入式")).toBe('"嵌入 入式"');
    expect(ftsQuery("安全")).toBe('"安全"');
    expect(ftsQuery("linu 通信")).toBe('"linu"* "通信"');
    expect(ftsQuery("网")).toBe('"网"*');
  });

  it("keeps FTS5 syntax in the input from doing anything", () => {
    expect(ftsQuery('title:"x" OR NEAR(a b) *')).toBe('"title"* "x"* "or"* "near"* "a"* "b"*');
    expect(ftsQuery("\" ) ( * : ^ -")).toBeNull();
    expect(ftsQuery("")).toBeNull();
  });

  it("uses at most eight terms", () => {
    expect(ftsQuery("a b c d e f g h i j")!.split(" ")).toHaveLength(8);
  });
});
