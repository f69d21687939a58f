// The roster table (lib/roster/table.ts) as a file: CSV for any spreadsheet program, XLSX for
// Excel, and the attachment's name.
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { localDateTime, wallClock, type Cell, type RosterTable } from "./table";
import type { RosterFormat } from "./schema";

export const CONTENT_TYPES: Record<RosterFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Text a spreadsheet program would run as a formula when it opens a CSV file (=, +, - and @, and a
 * tab or carriage return, which some read past) gets a leading apostrophe, so it shows as text
 * (OWASP, "CSV injection"). A phone number such as +8613800138000 is kept as text this way too,
 * rather than turned into a number that loses its plus sign.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(cell: Cell, timeZone: string): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  if (cell instanceof Date) return localDateTime(cell, timeZone);
  return escapeFormula(cell);
}

/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, quoted where a cell holds a comma, a quote or a
 * line break) in UTF-8 with a byte-order mark, without which Excel reads UTF-8 as the system's
 * code page and Chinese turns into mojibake.
 */
export function toCsv(table: RosterTable): Buffer {
  const records = [table.headers.map((h) => escapeFormula(h)), ...table.rows.map((row) => row.map((cell) => csvCell(cell, table.timeZone)))];
  return Buffer.from(stringify(records, { bom: true, record_delimiter: "windows", quote_record_delimiter: true }), "utf8");
}

/** Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, and U+FFFE/U+FFFF): Excel calls a file holding them damaged. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlSafe = (text: string) => text.replace(NOT_XML, "\uFFFD");

/**
 * XLSX with the headings frozen and filterable, and dates as real dates (the offering's wall-clock
 * time) that sort and filter as such. Cells are typed: text is stored as text, never as a formula,
 * so it needs no apostrophe and keeps exactly what was written.
 */
export async function toXlsx(table: RosterTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Chongqing Software Talent Portal";
  workbook.created = new Date(0); // the same roster gives the same file
  const sheet = workbook.addWorksheet(xmlSafe(sheetName).replace(/[\\/*?:[\]]/g, "-").slice(0, 31) || "Roster", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({
    header: xmlSafe(header),
    width: table.kinds[i] === "datetime" ? 18 : Math.min(40, Math.max(10, [...header].length * 2 + 2)),
    style: table.kinds[i] === "datetime" ? { numFmt: "yyyy-mm-dd hh:mm" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell) => (cell instanceof Date ? wallClock(cell, table.timeZone) : typeof cell === "string" ? xmlSafe(cell) : cell)));
  }
  if (table.headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name without what file systems refuse (/ \ : * ? " < > |, control characters), on one line, within `max` characters. */
function cleanName(text: string, max: number): string {
  const cleaned = text.replace(/[\u0000-\u001F\u007F/\\:*?"<>|]+/g, "-").replace(/\s+/g, " ").replace(/-{2,}/g, "-").trim();
  return [...cleaned].slice(0, max).join("").replace(/^[.\s-]+|[.\s-]+$/g, "");
}

/**
 * The attachment's names: in plain ASCII for old clients (`roster-{code}-{date}`), and in full
 * (programme title, offering code, date) for the rest, as RFC 6266 with RFC 5987 encoding.
 */
export function rosterFileNames(parts: { title: string; code: string; label: string; date: string }, format: RosterFormat) {
  const asciiCode = parts.code.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|[.-]+$/g, "").slice(0, 60) || "offering";
  const full = cleanName(`${parts.title}-${parts.code}-${parts.label}-${parts.date}`, 120) || `roster-${parts.date}`;
  return { ascii: `roster-${asciiCode}-${parts.date}.${format}`, full: `${full}.${format}` };
}

/** RFC 5987's encoding: UTF-8, percent-encoded except its attr-chars (encodeURIComponent also leaves ' ( ) * as they are). */
const rfc5987 = (text: string) => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function attachment(names: { ascii: string; full: string }): string {
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${rfc5987(names.full)}`;
}
