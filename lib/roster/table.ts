// The roster as a table, in one language: headings, and one row per enrollment with the chosen
// columns. Pure (no database, no file format), so that what a CSV and an XLSX file hold is decided
// once and tested without either.
import { TZDate } from "@date-fns/tz";
import type { Locale } from "../i18n/routing";
import { localized } from "../i18n/localized";
import { translator } from "../i18n/translator";
import { readSnapshot, questionsOf, type QuestionSet } from "../enrollment/questions";
import type { EnrollmentState } from "../enrollment/states";
import type { RosterColumn } from "./schema";

/** What the database gives for one enrollment (lib/roster/queries.ts). */
export interface RosterRow {
  name: string;
  email: string;
  phone: string | null;
  state: EnrollmentState;
  /** Place on the waitlist (1 = next), when waitlisted. */
  position: number | null;
  appliedAt: Date;
  /** When the application was approved, rejected or admitted (the step out of "submitted"). */
  decidedAt: Date | null;
  /** The answer snapshot kept with the enrollment (lib/enrollment/questions.ts). */
  answers: unknown;
  /** Sessions the person was marked present at. */
  attended: number;
}

export interface RosterSource {
  timeZone: string;
  sessionCount: number;
  /** The questions the programme asks now; older versions' questions come from the answers themselves. */
  questionSet: QuestionSet | null;
  rows: RosterRow[];
}

export type CellKind = "text" | "number" | "datetime";
/** Text, a number, an instant (shown in the offering's time zone), or nothing. */
export type Cell = string | number | Date | null;

export interface RosterTable {
  headers: string[];
  kinds: CellKind[];
  rows: Cell[][];
  timeZone: string;
}

type Pair = { zh: string; en: string };
interface QuestionColumn { key: string; label: Pair; unit?: Pair; options?: { value: string; label: Pair }[] }

/**
 * One column per question answered or asked: the current questions in their order, then questions
 * only older versions asked (first seen first). Labels come from the current version where it has
 * the question, so a relabelled question keeps one column.
 */
export function questionColumns(set: QuestionSet | null, answers: unknown[]): QuestionColumn[] {
  const columns = new Map<string, QuestionColumn>();
  for (const q of set ? questionsOf(set) : []) {
    columns.set(q.key, { key: q.key, label: q.label, unit: q.kind === "number" ? q.unit : undefined, options: q.kind === "choice" ? q.options : undefined });
  }
  for (const json of answers) {
    for (const q of readSnapshot(json)?.questions ?? []) if (!columns.has(q.key)) columns.set(q.key, { key: q.key, label: q.label, unit: q.unit, options: q.options });
  }
  return [...columns.values()];
}

/** An answer as a cell: a choice by its label (as offered when answered), a number as a number, text as written. */
function answerCell(json: unknown, column: QuestionColumn, locale: Locale): Cell {
  const snapshot = readSnapshot(json);
  if (!snapshot || !Object.hasOwn(snapshot.values, column.key)) return null;
  const value = snapshot.values[column.key];
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  const options = snapshot.questions.find((q) => q.key === column.key)?.options ?? column.options;
  const option = options?.find((o) => o.value === value);
  return option ? localized(locale, option.label.zh, option.label.en) : value;
}

/** A question's label with its unit, in the language's own brackets. */
const withUnit = (label: string, unit: string, locale: Locale) => (locale === "en" ? `${label} (${unit})` : `${label}（${unit}）`);

/** The roster with the chosen columns, in `locale`. */
export function rosterTable(source: RosterSource, columns: readonly RosterColumn[], locale: Locale): RosterTable {
  const t = translator(locale, "studio.applicants.export");
  const ts = translator(locale, "enrollment.state");
  const text = (pair: Pair) => localized(locale, pair.zh, pair.en);
  const questions = columns.includes("answers") ? questionColumns(source.questionSet, source.rows.map((r) => r.answers)) : [];
  const headers: string[] = [];
  const kinds: CellKind[] = [];
  const cells: ((row: RosterRow) => Cell)[] = [];
  const add = (header: string, kind: CellKind, cell: (row: RosterRow) => Cell) => {
    headers.push(header);
    kinds.push(kind);
    cells.push(cell);
  };
  for (const column of columns) {
    switch (column) {
      case "name": add(t("column.name"), "text", (r) => r.name); break;
      case "email": add(t("column.email"), "text", (r) => r.email); break;
      case "phone": add(t("column.phone"), "text", (r) => r.phone); break;
      case "state": add(t("column.state"), "text", (r) => ts(r.state)); break;
      case "position": add(t("column.position"), "number", (r) => r.position); break;
      case "appliedAt": add(t("column.appliedAt", { zone: source.timeZone }), "datetime", (r) => r.appliedAt); break;
      case "decidedAt": add(t("column.decidedAt", { zone: source.timeZone }), "datetime", (r) => r.decidedAt); break;
      case "attendance": add(t("column.attendance", { count: source.sessionCount }), "number", (r) => r.attended); break;
      case "answers":
        for (const q of questions) add(q.unit ? withUnit(text(q.label), text(q.unit), locale) : text(q.label), "text", (r) => answerCell(r.answers, q, locale));
        break;
    }
  }
  return { headers, kinds, rows: source.rows.map((row) => cells.map((cell) => cell(row))), timeZone: source.timeZone };
}

/** An instant as the wall-clock time in `timeZone`: "2027-03-01 09:30". */
export function localDateTime(instant: Date, timeZone: string): string {
  const d = new TZDate(instant.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The same wall-clock time as a UTC instant: spreadsheet dates have no zone, and exceljs writes UTC. */
export function wallClock(instant: Date, timeZone: string): Date {
  const d = new TZDate(instant.getTime(), timeZone);
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()));
}
