import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { attachment, escapeFormula, rosterFileNames, toCsv, toXlsx, xmlSafe } from "@/lib/roster/files";
import { localDateTime, questionColumns, rosterTable, wallClock, type RosterRow, type RosterSource, type RosterTable } from "@/lib/roster/table";
import { ROSTER_COLUMNS } from "@/lib/roster/schema";
import { answerSnapshot, type QuestionSet } from "@/lib/enrollment/questions";

// What a roster file holds: cells read back with a CSV parser (and exceljs) are what the table
// says, formulas are defused, Chinese survives, and the attachment's name is safe in any browser.

const set: QuestionSet = {
  steps: [{
    key: "about", title: { zh: "关于您", en: "About you" },
    questions: [
      { key: "employer", kind: "text", label: { zh: "工作单位", en: "Employer" }, required: true, maxLength: 200 },
      { key: "years", kind: "number", label: { zh: "工作年限", en: "Years of experience" }, required: true, min: 0, max: 60, integer: true, unit: { zh: "年", en: "years" } },
      { key: "test", kind: "choice", label: { zh: "语言考试", en: "Language test" }, required: false, options: [{ value: "ielts", label: { zh: "雅思", en: "IELTS" } }, { value: "toefl", label: { zh: "托福", en: "TOEFL" } }] },
      { key: "statement", kind: "long-text", label: { zh: "个人陈述", en: "Statement" }, required: false, minLength: 0, maxLength: 2000 },
    ],
  }],
};

const at = (iso: string) => new Date(iso);
function row(overrides: Partial<RosterRow> & { values?: Record<string, string | number | null> } = {}): RosterRow {
  const { values, ...rest } = overrides;
  return {
    name: "王芳", email: "wang@example.com", phone: "+8613800138000", state: "confirmed", position: null,
    appliedAt: at("2027-03-01T01:30:00Z"), decidedAt: at("2027-03-02T02:00:00Z"), attended: 2,
    answers: answerSnapshot(set, { employer: "重庆软件公司", years: 4, test: "ielts", statement: "你好", ...values }),
    ...rest,
  };
}
const source = (rows: RosterRow[], questionSet: QuestionSet | null = set): RosterSource => ({ timeZone: "Asia/Shanghai", sessionCount: 5, questionSet, rows });
const readCsv = (buffer: Buffer) => parse(buffer, { bom: true }) as string[][];

describe("the roster table", () => {
  it("has the chosen columns in the chosen order and language, answers by label, times in the offering's zone", () => {
    const table = rosterTable(source([row()]), ["state", "name", "appliedAt", "answers", "attendance"], "zh-CN");
    expect(table.headers).toEqual(["状态", "姓名", "申请时间（Asia/Shanghai）", "工作单位", "工作年限（年）", "语言考试", "个人陈述", "出席次数（共 5 次）"]);
    expect(table.rows).toEqual([["已确认", "王芳", at("2027-03-01T01:30:00Z"), "重庆软件公司", 4, "雅思", "你好", 2]]);
    const en = rosterTable(source([row()]), ["answers", "position"], "en");
    expect(en.headers).toEqual(["Employer", "Years of experience (years)", "Language test", "Statement", "Place on the waitlist"]);
    expect(en.rows[0]).toEqual(["重庆软件公司", 4, "IELTS", "你好", null]);
    expect(localDateTime(at("2027-03-01T16:30:00Z"), "Asia/Shanghai")).toBe("2027-03-02 00:30");
  });

  it("keeps a column for questions only an older version asked, and leaves unanswered ones empty", () => {
    const older = { ...row(), answers: { questions: [{ key: "old", kind: "text", label: { zh: "旧问题", en: "Old question" } }], values: { old: "旧答案" } } };
    const columns = questionColumns(set, [older.answers]);
    expect(columns.map((c) => c.key)).toEqual(["employer", "years", "test", "statement", "old"]);
    const table = rosterTable(source([older, row({ answers: null })]), ["answers"], "en");
    expect(table.headers.at(-1)).toBe("Old question");
    expect(table.rows).toEqual([[null, null, null, null, "旧答案"], [null, null, null, null, null]]);
  });
});

describe("the CSV file", () => {
  it("starts with a byte-order mark, escapes formulas, and reads back intact (quotes, commas, line breaks, Chinese)", () => {
    const hostile = row({
      name: "=HYPERLINK(\"http://x\")", email: "@sum@example.com", phone: "+8613800138000",
      values: { employer: "-2+3", statement: "第一行，有逗号\n第二行 \"引号\"\r\n\t=1+1", test: null },
    });
    const table = rosterTable(source([hostile, row()]), ROSTER_COLUMNS, "zh-CN");
    const csv = toCsv(table);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first, second] = readCsv(csv);
    expect(header).toContain("个人陈述");
    expect(first!.slice(0, 3)).toEqual(["'=HYPERLINK(\"http://x\")", "'@sum@example.com", "'+8613800138000"]);
    expect(first).toContain("'-2+3");
    expect(first).toContain("第一行，有逗号\n第二行 \"引号\"\r\n\t=1+1"); // starts with 第: not a formula, kept exactly
    expect(second).toContain("重庆软件公司");
    expect(second).toContain("2027-03-01 09:30");
    expect(readCsv(csv).every((r) => r.length === header!.length)).toBe(true);
  });

  it("escapes exactly the cells a spreadsheet would run: = + - @ tab and carriage return at the start", () => {
    for (const text of ["=1", "+1", "-1", "@A1", "\t=1", "\r=1"]) expect(escapeFormula(text)).toBe(`'${text}`);
    for (const text of ["a=1", " =1", "", "名单", "'=1", "1-2"]) expect(escapeFormula(text)).toBe(text);
  });

  it("reads back every cell as written, whatever the text (property)", () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ unit: "grapheme", maxLength: 30 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (cells) => {
      const table: RosterTable = { headers: ["a", "b", "c"], kinds: ["text", "text", "text"], rows: cells, timeZone: "Asia/Shanghai" };
      const back = readCsv(toCsv(table));
      expect(back.slice(1)).toEqual(cells.map((r) => r.map(escapeFormula)));
      for (const r of back.slice(1)) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }));
  });
});

describe("the XLSX file", () => {
  it("opens with exceljs and holds the same rows, with real dates and unescaped text", async () => {
    const table = rosterTable(source([row({ name: "=1+1", values: { statement: "bell\u0007 here" } }), row({ state: "waitlisted", position: 1, decidedAt: null })]), ROSTER_COLUMNS, "en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await toXlsx(table, "Roster") as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Roster");
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(table.headers);
    expect(sheet.rowCount).toBe(3);
    const first = values(2);
    expect(first[0]).toBe("=1+1"); // a text cell, never a formula
    expect(first[table.headers.indexOf("Applied at (Asia/Shanghai)")]).toEqual(wallClock(at("2027-03-01T01:30:00Z"), "Asia/Shanghai"));
    expect(first[table.headers.indexOf("Statement")]).toBe(xmlSafe("bell\u0007 here"));
    const second = values(3);
    expect(second[table.headers.indexOf("State")]).toBe("On the waitlist");
    expect(second[table.headers.indexOf("Place on the waitlist")]).toBe(1);
    expect(second[table.headers.indexOf("Decided at (Asia/Shanghai)")] ?? null).toBeNull();
  });
});

describe("the attachment's name", () => {
  it("has an ASCII fallback and the full name in RFC 5987 encoding", () => {
    const names = rosterFileNames({ title: "软件测试/工程师 (高级)*", code: "2027-spring", label: "名单", date: "2027-03-01" }, "csv");
    expect(names.ascii).toBe("roster-2027-spring-2027-03-01.csv");
    expect(names.full).toBe("软件测试-工程师 (高级)-2027-spring-名单-2027-03-01.csv");
    const header = attachment(names);
    expect(header).toMatch(/^attachment; filename="roster-2027-spring-2027-03-01\.csv"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/);
    expect(decodeURIComponent(header.split("''")[1]!)).toBe(names.full);
  });

  it("never carries quotes, separators, control characters or line breaks (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 60 }), (title, code) => {
      const names = rosterFileNames({ title, code, label: "roster", date: "2027-03-01" }, "xlsx");
      expect(names.ascii).toMatch(/^roster-[A-Za-z0-9._-]+-2027-03-01\.xlsx$/);
      expect(names.full).not.toMatch(/[\u0000-\u001F\u007F/\\:*?"<>|]/);
      expect(names.full.endsWith(".xlsx")).toBe(true);
      expect(attachment(names)).not.toMatch(/[\r\n]/);
    }));
  });
});
