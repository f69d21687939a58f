// Text for the full-text index (a tsvector, lib/search/indexer.ts), cut so that Chinese and English are both found (STACK.md,
// "Search in Chinese"): runs of Chinese characters become overlapping two-character pieces
// (bigrams: 嵌入式 -> 嵌入 入式), so two-character terms such as 安全 match inside longer words,
// and the run's last character is kept alone too (式), so a one-character search finds it;
// Latin words and numbers are kept whole and lower-cased. The same cutting is applied to the
// text and to the query.

const HAN = /\p{Script=Han}/u;
// A run of Chinese characters, or a run of letters/digits of other scripts.
const PIECES = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** The index tokens of a text, in order. */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.normalize("NFKC").match(PIECES) ?? []) {
    if (HAN.test(piece)) {
      out.push(...bigrams(piece));
      // Every other character starts a bigram, which a one-character (prefix) query finds.
      if ([...piece].length > 1) out.push([...piece].at(-1)!);
    }
    else out.push(piece.toLowerCase());
  }
  return out;
}

/** The longest token indexed: PostgreSQL refuses lexemes over 2,047 bytes, and nobody searches for such a word. */
const MAX_TOKEN_LENGTH = 60;

/** Where a piece of text goes in the index: its weight ranks title matches above the rest. */
export type Weight = "A" | "B" | "C" | "D";

/**
 * A tsvector, in PostgreSQL's text form, of texts with their weights: every token with its
 * positions (phrase search needs them; PostgreSQL keeps positions up to 16,383 and 256 per
 * token). Built here rather than by to_tsvector so that the cutting is exactly the one the query
 * uses, whatever the database's locale. Tokens hold only letters and digits, so quoting each is
 * enough.
 */
export function weightedVector(parts: [Weight, ...(string | null | undefined)[]][]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [weight, ...texts] of parts) {
    for (const token of searchTokens(texts.filter(Boolean).join(" "))) {
      position = Math.min(position + 1, 16_383);
      if (token.length > MAX_TOKEN_LENGTH) continue;
      const list = positions.get(token) ?? [];
      if (list.length < 256) list.push(`${position}${weight}`);
      positions.set(token, list);
    }
  }
  return [...positions].map(([token, list]) => `'${token}':${list.join(",")}`).join(" ");
}

/**
 * A tsquery (text form) for what a person typed, and the same restricted to titles, or null when
 * it has nothing searchable. Every word must match: a Chinese run as the phrase of its bigrams
 * (嵌入式 needs 嵌入 followed by 入式), a single Chinese character or a Latin word as a prefix
 * (linu finds linux). Tokens hold only letters and digits, so quoting them keeps tsquery syntax
 * in the input from doing anything.
 */
export function searchQuery(q: string): { all: string; title: string } | null {
  const terms: ((weight: string) => string)[] = [];
  for (const piece of q.normalize("NFKC").match(PIECES) ?? []) {
    if (HAN.test(piece) && [...piece].length > 1) {
      const phrase = bigrams(piece);
      terms.push((w) => phrase.map((b) => `'${b}'${w && ":" + w}`).join(" <-> "));
    } else {
      // One Chinese character: the start of an indexed bigram, or a run's last character on its own.
      const token = HAN.test(piece) ? piece : piece.toLowerCase().slice(0, MAX_TOKEN_LENGTH);
      terms.push((w) => `'${token}':*${w}`);
    }
    if (terms.length === 8) break;
  }
  if (!terms.length) return null;
  return { all: terms.map((t) => t("")).join(" & "), title: terms.map((t) => t("A")).join(" & ") };
}
