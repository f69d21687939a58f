import { describe, expect, it } from "vitest";
import { completeness, percent, type CompletenessInput } from "@/lib/programmes/completeness";

const empty: CompletenessInput = {
  kind: "training", titleZh: "", titleEn: "", summaryZh: "", summaryEn: "", bodyZh: "", bodyEn: "", level: null, award: null,
  durationMonths: null, hours: null, certificateZh: null, certificateEn: null, country: null, eligibilityZh: null, eligibilityEn: null, expertCount: 0,
};
const bothLanguages = { titleZh: "标题", titleEn: "Title", summaryZh: "摘要", summaryEn: "Summary", bodyZh: "正文", bodyEn: "Body" };

describe("what a programme needs before publishing, by kind", () => {
  it.each([
    ["degree", { level: "senior", award: "master-se", durationMonths: 24 }],
    ["training", { hours: 40, certificateZh: "合格证书", certificateEn: "Certificate" }],
    ["overseas", { country: "IE", durationMonths: 6, eligibilityZh: "在职", eligibilityEn: "Employed" }],
    ["lecture", { expertCount: 1 }],
  ] as const)("%s: ready once both languages and its own fields are filled", (kind, own) => {
    expect(completeness({ ...empty, kind, ...bothLanguages }).ready).toBe(false);
    const full = completeness({ ...empty, kind, ...bothLanguages, ...own });
    expect(full).toMatchObject({ ready: true, zh: { missing: [] }, en: { missing: [] }, shared: { missing: [] } });
  });

  it("names the missing fields per language, and whitespace does not count", () => {
    const c = completeness({ ...empty, kind: "overseas", ...bothLanguages, bodyEn: "   ", eligibilityZh: "在职" });
    expect(c.zh.missing).toEqual([]);
    expect(c.en.missing).toEqual(["bodyEn", "eligibilityEn"]);
    expect(c.shared.missing).toEqual(["country", "durationMonths"]);
    expect(percent(c.en)).toBe(50);
  });

  it("a part with nothing to fill counts as complete", () => {
    expect(percent(completeness({ ...empty, kind: "lecture", ...bothLanguages, expertCount: 2 }).shared)).toBe(100);
  });
});
