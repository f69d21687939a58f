// PostgreSQL's text and jsonb cannot hold U+0000 (a write with it fails: "invalid byte sequence
// for encoding UTF8: 0x00"), and no person types it: text carrying it is refused where it arrives,
// with the field's error, before it reaches a query.
export const hasNullCharacter = (value: string) => value.includes("\u0000");

/** The refinement for zod string schemas (error code text_invalid_character). */
export const withoutNullCharacter = [(value: string) => !hasNullCharacter(value), { error: "text_invalid_character" }] as const;
