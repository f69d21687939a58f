// Turns zod issues into messages in the person's language. Schemas name their own rules with a
// key of the `validation` message namespace; zod's built-in checks (types, enums) get zod's own
// localized text. Used by server actions and API routes; forms translate the same keys in the browser.
import { z } from "../zod";
import type { Locale } from "./routing";
import { splitRule } from "./split-rule";
import { CATALOGUES, translator } from "./translator";
import { invalidTextPaths } from "../text";

export const zodErrorMap = (locale: Locale) => (locale === "en" ? z.locales.en() : z.locales.zhCN()).localeError;

export function ruleMessage(message: string, locale: Locale): string {
  const { key, limit } = splitRule(message);
  if (!(key in CATALOGUES[locale].validation)) return qualifiedMessage(key, limit, locale) ?? message;
  return translator(locale, "validation")(key, { limit: limit ?? "" });
}

/** A rule named by a full key ("studio.offerings.errors.code"), for domains whose messages live in their own namespace. */
function qualifiedMessage(key: string, limit: string | undefined, locale: Locale): string | undefined {
  let node: unknown = CATALOGUES[locale];
  for (const part of key.split(".")) node = typeof node === "object" && node !== null && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? translator(locale)(key, { limit: limit ?? "" }) : undefined;
}

export function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  return ruleMessage(issue.message, locale);
}

/** The first message per field path ("" for the form as a whole). */
export function fieldMessages(error: z.ZodError, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join(".")] ??= issueMessage(issue, locale);
  return out;
}

/**
 * Parses with zod's messages in the given language. Text anywhere in the input that cannot be
 * stored (a null character, a lone surrogate: lib/text.ts) is refused at its own path with
 * text_invalid_character, whichever schema and field it arrives in, before the schema's other issues.
 */
export function parseIn<T extends z.ZodType>(schema: T, input: unknown, locale: Locale): z.ZodSafeParseResult<z.output<T>> {
  const parsed = schema.safeParse(input, { error: zodErrorMap(locale) });
  const unstorable = invalidTextPaths(input);
  if (unstorable.length === 0) return parsed;
  const issues: z.core.$ZodIssue[] = unstorable.map((path) => ({ code: "custom", message: "text_invalid_character", path, input: undefined }));
  return { success: false, error: new z.ZodError([...issues, ...(parsed.success ? [] : parsed.error.issues)]) as z.ZodError<z.output<T>> };
}
