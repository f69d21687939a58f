import { describe, expect, it } from "vitest";
import { applyProgrammeSchema, programmeDraftSchema, programmeFieldsSchema, KIND_FIELDS, PROGRAMME_FIELDS, type ProgrammeFormValues } from "@/lib/programmes/schema";
import { fieldsForKind, previewFields, valuesFromColumns, workingCopyOf, type ProgrammeColumns } from "@/lib/programmes/working-copy";
import { completenessOfValues, requiredFields } from "@/lib/programmes/completeness";
import { PROGRAMME_KINDS } from "@/lib/catalogue/codes";

const values: ProgrammeFormValues = {
  titleZh: " 嵌入式实训 ", titleEn: "Embedded training", summaryZh: "摘要", summaryEn: "Summary", bodyZh: "正文", bodyEn: "Body",
  certificateZh: "证书", certificateEn: "Certificate", eligibilityZh: "", eligibilityEn: "", area: "embedded", level: "", mode: "online",
  admission: "first-come", language: "zh", feeYuan: 0, slug: "Embedded-Training", award: "", durationMonths: Number.NaN, track: "",
  hours: 40, country: "", hostInstitutionId: "", funding: "", employerRecommendation: false, experts: [],
};
const columns: ProgrammeColumns = {
  kind: "training", titleZh: "旧标题", titleEn: "Old title", summaryZh: "", summaryEn: "", bodyZh: "", bodyEn: "", certificateZh: null, certificateEn: null,
  eligibilityZh: null, eligibilityEn: null, area: "linux", level: "mid", mode: "in-person", admission: "first-come", language: "zh", feeYuan: 100,
  slug: "old-address", award: null, durationMonths: null, track: null, hours: null, country: null, hostInstitutionId: null, funding: null,
  employerRecommendation: false, experts: [],
};

describe("the editor's schemas", () => {
  it("apply trimmed text, empty choices and number fields as none, and a lower-cased address", () => {
    const parsed = programmeFieldsSchema.parse(values);
    expect(parsed).toMatchObject({ titleZh: "嵌入式实训", level: null, durationMonths: null, slug: "embedded-training", eligibilityZh: null, certificateEn: "Certificate" });
  });

  it.each([
    ["slug", "a"], ["slug", "two--hyphens"], ["slug", "-edge"], ["slug", "空格"], ["feeYuan", -1], ["feeYuan", 1.5], ["feeYuan", ""],
    ["hours", 0], ["hours", 10_001], ["durationMonths", 121], ["country", "CN"], ["country", "XX"], ["area", ""], ["titleEn", "two\nlines"],
    ["experts", ["a", "a"]], ["hostInstitutionId", "not an id"], ["bodyZh", "x".repeat(20_001)], ["titleZh", "\u0000"],
  ] as const)("refuse an odd %s when applying (case %#), on that field only", (field, value) => {
    const parsed = programmeFieldsSchema.safeParse({ ...values, [field]: value });
    expect(parsed.success).toBe(false);
    expect([...new Set(parsed.error?.issues.map((i) => i.path.join(".")))]).toEqual([field]);
  });

  it("keep the working copy as typed (half-typed numbers and addresses too), within the sizes stored", () => {
    const typed = { ...values, hours: 2.5, slug: "Half-", feeYuan: "", titleEn: "trailing " };
    expect(programmeDraftSchema.parse(typed)).toMatchObject({ hours: 2.5, slug: "Half-", feeYuan: null, titleEn: "trailing " });
    expect(programmeDraftSchema.safeParse({ ...values, bodyEn: "x".repeat(20_001) }).success).toBe(false);
    expect(programmeDraftSchema.safeParse({ ...values, feeYuan: 1e12 }).success).toBe(false);
  });

  it("need the programme and the version being edited", () => {
    const target = { institutionId: "inst1", programmeId: "prog1", version: "2026-05-01T08:00:00.000Z" };
    expect(applyProgrammeSchema.parse({ ...values, ...target }).version).toEqual(new Date(target.version));
    expect(applyProgrammeSchema.safeParse({ ...values, ...target, version: "yesterday" }).success).toBe(false);
    expect(applyProgrammeSchema.safeParse({ ...values, ...target, programmeId: "../x" }).success).toBe(false);
  });

  it("name every field completeness may report", () => {
    for (const kind of PROGRAMME_KINDS) {
      for (const name of Object.values(requiredFields(kind)).flat()) expect(Object.keys(PROGRAMME_FIELDS), `${kind} ${name}`).toContain(name);
      for (const name of KIND_FIELDS[kind]) expect(Object.keys(PROGRAMME_FIELDS)).toContain(name);
    }
  });
});

describe("the working copy and the columns", () => {
  it("opens with the working copy over the columns, field by field, ignoring what no longer parses", () => {
    expect(workingCopyOf({ ...columns, draft: null })).toEqual({ values: valuesFromColumns(columns), fromDraft: false });
    const { values: opened, fromDraft } = workingCopyOf({ ...columns, draft: { titleEn: "New title", hours: "many", feeYuan: 300, unknown: 1 } });
    expect(fromDraft).toBe(true);
    expect(opened).toMatchObject({ titleEn: "New title", hours: null, feeYuan: 300, titleZh: "旧标题" });
    expect(opened).not.toHaveProperty("unknown");
  });

  it("stores only the fields of the programme's kind", () => {
    const applied = programmeFieldsSchema.parse({ ...values, award: "master-se", country: "IE", experts: ["e1"], employerRecommendation: true });
    expect(fieldsForKind("training", applied)).toMatchObject({ hours: 40, certificateZh: "证书", award: null, country: null, experts: [], employerRecommendation: false });
    expect(fieldsForKind("degree", applied)).toMatchObject({ award: "master-se", hours: null, certificateZh: null });
  });

  it("previews what would be applied, keeping the saved value of a field not yet valid", () => {
    const draft = programmeDraftSchema.parse({ ...values, slug: "Half-", hours: -2 });
    const saved = valuesFromColumns({ ...columns, hours: 24 });
    expect(previewFields("training", draft, saved)).toMatchObject({ titleZh: "嵌入式实训", slug: "old-address", hours: 24, level: null });
  });

  it("completeness reads the form's values: an empty choice or number field is missing", () => {
    const c = completenessOfValues("degree", { ...programmeDraftSchema.parse(values), level: "" as never, award: "master-se", durationMonths: Number.NaN });
    expect(c.shared.missing).toEqual(["level", "durationMonths"]);
  });
});
