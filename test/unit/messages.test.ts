import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import zhCN from "@/messages/zh-CN.json";
import en from "@/messages/en.json";
import {
  ADMISSIONS, AREAS, AWARDS, FUNDING, INSTITUTION_KINDS, INSTITUTION_STATUSES, LANGUAGES, LEVELS, MODES,
  PROGRAMME_KINDS, TRAINING_TRACKS,
} from "@/lib/catalogue/codes";
import { CHONGQING_DISTRICTS } from "@/lib/geo/districts";
import { EDUCATION_LEVELS } from "@/lib/accounts/codes";
import { BUREAU_ROLES, INSTITUTION_ROLES } from "@/lib/auth/roles";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { OUTBOX_STATUSES } from "@/lib/email/codes";
import { catalogueParameters } from "@/lib/api/openapi";

type Tree = { [key: string]: string | Tree };
const catalogues = { "zh-CN": zhCN as Tree, en: en as Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe("message catalogues", () => {
  const zhKeys = [...leaves(catalogues["zh-CN"]).keys()].sort();
  const enKeys = [...leaves(catalogues.en).keys()].sort();

  it("have the same keys in Chinese and English", () => {
    expect(zhKeys.filter((k) => !enKeys.includes(k)), "missing from en.json").toEqual([]);
    expect(enKeys.filter((k) => !zhKeys.includes(k)), "missing from zh-CN.json").toEqual([]);
  });

  it.each(Object.keys(catalogues) as (keyof typeof catalogues)[])("has no empty message and only valid ICU syntax in %s", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: catalogues[locale], onError: (e) => errors.push(e.message) });
    for (const [key, value] of leaves(catalogues[locale])) {
      expect(value.trim(), key).not.toBe("");
      // Placeholder values of every type the catalogue uses; a syntax error is reported through onError.
      (t as unknown as (k: string, v: object) => string)(key, { count: 2, days: 3, total: 4, page: 1, pageCount: 2, months: 6, left: 1, capacity: 2, n: 1, year: 2026, q: "q", date: "d", fee: "f", label: "l", start: "s", end: "e", opens: "o", closes: "c", reason: "r", zone: "z", city: "c", district: "d", venue: "v", kind: "lecture", years: 2, name: "n", minutes: 60, newEmail: "e", resetUrl: "u", email: "e", version: "v", institution: "i", role: "r", id: "i", link: (chunks: string) => chunks, position: 3, taken: 1, state: "s", deadline: "d", when: "w", where: "w", message: "m", programme: "p", limit: 5, step: 1, min: 0, max: 9 });
    }
    expect(errors).toEqual([]);
  });

  const codeLists: [string, readonly string[]][] = [
    ["kind", PROGRAMME_KINDS], ["kindDescription", PROGRAMME_KINDS], ["area", AREAS], ["level", LEVELS], ["mode", MODES],
    ["admission", ADMISSIONS], ["instructionLanguage", LANGUAGES], ["award", AWARDS], ["track", TRAINING_TRACKS],
    ["funding", FUNDING], ["institutionKind", INSTITUTION_KINDS], ["institutionStatus", INSTITUTION_STATUSES],
    ["district", CHONGQING_DISTRICTS], ["education", EDUCATION_LEVELS], ["bureauRole", BUREAU_ROLES],
    ["institutionRole", INSTITUTION_ROLES], ["outboxStatus", OUTBOX_STATUSES],
  ];

  it("names every audit action in both languages", () => {
    for (const tree of Object.values(catalogues)) {
      const names = [...leaves(tree.auditAction as Tree).keys()].sort();
      expect(names).toEqual([...AUDIT_ACTIONS].sort());
    }
  });
  it.each(codeLists)("labels every %s code in both languages, and nothing else", (namespace, codes) => {
    for (const tree of Object.values(catalogues)) {
      expect(Object.keys(tree[namespace] as Tree).sort()).toEqual([...codes].sort());
    }
  });

  it("explains every API parameter in both languages", () => {
    for (const tree of Object.values(catalogues)) {
      const params = (tree.apiDocs as Tree).param as Tree;
      expect(Object.keys(params).sort()).toEqual(catalogueParameters.map((p) => p.name).sort());
    }
  });

  it("keeps Chinese UI text out of components and routes (it belongs in the catalogues)", () => {
    // app/not-found.tsx and app/global-error.tsx render outside any locale and are bilingual by design.
    const allowed = new Set([path.join("app", "not-found.tsx"), path.join("app", "global-error.tsx")]);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.tsx?$/.test(name) && !allowed.has(file)) {
          const code = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
          if (/\p{Script=Han}/u.test(code)) offenders.push(file);
        }
      }
    };
    walk("app");
    walk("components");
    expect(offenders).toEqual([]);
  });
});
