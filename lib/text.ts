// PostgreSQL's text and jsonb cannot hold U+0000 (a write with it fails: "invalid byte sequence
// for encoding UTF8: 0x00"), and no person types it: text carrying it is refused where it arrives,
// with the field's error, before it reaches a query.
export const hasNullCharacter = (value: string) => value.includes("\u0000");

/** The refinement for zod string schemas (error code text_invalid_character). */
export const withoutNullCharacter = [(value: string) => !hasNullCharacter(value), { error: "text_invalid_character" }] as const;

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
