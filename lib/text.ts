// Characters text may not carry. PostgreSQL's text and jsonb cannot hold U+0000 (a write with it
// fails: "invalid byte sequence for encoding UTF8: 0x00"). A lone UTF-16 surrogate (half of a pair,
// such as JSON's "\ud800") has no UTF-8 spelling at all: node-postgres would silently store U+FFFD
// instead, and jsonb refuses it. No person types either, so text carrying them is refused where it
// arrives, with the field's error, before it reaches a query.
// With the u flag, [\uD800-\uDFFF] matches only surrogates that are not part of a pair.
const INVALID_CHARACTER = /[\u0000\uD800-\uDFFF]/u;

export const hasInvalidCharacter = (value: string) => INVALID_CHARACTER.test(value);

/** The refinement for zod string schemas (error code text_invalid_character). */
export const withoutInvalidCharacter = [(value: string) => !hasInvalidCharacter(value), { error: "text_invalid_character" }] as const;

/** One place in parsed input: its key and the place holding it (paths are built only for what is found). */
type Place = { value: unknown; key?: PropertyKey; parent?: Place };
const pathOf = (place: Place): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let at: Place | undefined = place; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
};

/**
 * The paths of every string (and object key) in parsed input that carries such a character, in
 * document order. Iterative and linear, so deeply nested input can neither exhaust the stack nor
 * take quadratic time.
 */
export function invalidTextPaths(input: unknown): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const pending: Place[] = [{ value: input }];
  while (pending.length > 0) {
    const place = pending.pop()!;
    const { value, key } = place;
    if ((typeof key === "string" && hasInvalidCharacter(key)) || (typeof value === "string" && hasInvalidCharacter(value))) found.push(pathOf(place));
    else if (typeof value === "object" && value !== null) {
      const entries = Array.isArray(value) ? value.map((item, index): [PropertyKey, unknown] => [index, item]) : Object.entries(value);
      for (const [name, item] of entries.reverse()) pending.push({ value: item, key: name, parent: place });
    }
  }
  return found;
}

// Names typed by strangers end up in emails the portal sends (the greeting). Mail clients turn
// addresses, domains, IP addresses and phone numbers in plain text into working links, so text
// that looks like one is refused in names, and left out of emails where an older name has it.
// Each rule matches a substring (no anchors or look-arounds), so a shortened text never matches
// where the whole did not.
const DOT = "[.\u3002\uFF0E\uFF61]"; // . and the full-width dots some clients also read as one
const LINK_LIKE = [
  /[@\uFF20]/u, // an email address (or a handle)
  /:\/\/|(?:mailto|tel|sms|callto):/iu, // a scheme
  new RegExp(`[\\p{L}\\p{N}_-]${DOT}\\p{L}{2}`, "u"), // a domain: www.x, evil.example/reset, 例子.中国
  new RegExp(`\\p{Nd}${DOT}\\p{Nd}`, "u"), // an IP address
  /(?:\p{Nd}[^\p{Nd}]*){5}/u, // a phone number: five digits or more, however separated
];

/** Whether a mail client could make a link (web, email, phone) of some part of `value`. */
export const looksLikeLink = (value: string) => LINK_LIKE.some((rule) => rule.test(value));

/** Line breaks, other control characters and the invisible marks that reorder how text is shown. */
export const hasControlCharacter = (value: string) => /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u.test(value);
