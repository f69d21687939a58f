// Text for the full-text index, cut so that Chinese and English are both found (STACK.md,
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

/** The text as stored in the index: its tokens separated by spaces. */
export function indexText(...parts: (string | null | undefined)[]): string {
  return searchTokens(parts.filter(Boolean).join(" ")).join(" ");
}

/**
 * An FTS5 query for what a person typed, or null when it has nothing searchable. Every word must
 * match: a Chinese run as the phrase of its bigrams (so 嵌入式 needs 嵌入 followed by 入式), a
 * single Chinese character or a Latin word as a prefix (linu finds linux). Tokens contain only
 * letters and digits, so quoting them is enough to keep FTS5 syntax out of user input.
 */
export function ftsQuery(q: string): string | null {
  const terms: string[] = [];
  for (const piece of q.normalize("NFKC").match(PIECES) ?? []) {
    if (HAN.test(piece)) {
      // One character: the start of an indexed bigram, or a run's last character on its own.
      terms.push([...piece].length === 1 ? `"${piece}"*` : `"${bigrams(piece).join(" ")}"`);
    } else {
      terms.push(`"${piece.toLowerCase()}"*`);
    }
    if (terms.length === 8) break;
  }
  return terms.length ? terms.join(" ") : null;
}
