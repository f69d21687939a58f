import type { Messages } from "./messages";

/** Message namespaces whose keys are the catalogue's fixed codes (lib/catalogue/codes.ts). */
export type CodeNamespace =
  | "kind" | "area" | "level" | "mode" | "admission" | "instructionLanguage" | "award" | "track"
  | "funding" | "institutionKind" | "institutionStatus" | "district";

/**
 * The message key for a code read from the database (typed as a plain string there). That every
 * code has a label in both languages is checked by test/unit/messages.test.ts.
 */
export function codeKey<N extends CodeNamespace>(namespace: N, code: string) {
  return `${namespace}.${code}` as `${N}.${keyof Messages[N] & string}`;
}
