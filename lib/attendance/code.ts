import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import QRCode from "qrcode";
import { authSecret } from "../auth/secret";

// The check-in code of a place: what its QR code says, and a short form to type. Nothing is
// stored: both are keyed hashes (HMAC) of the enrollment id under a key derived from the server's
// secret, so they cannot be guessed or made up, say nothing but "this enrollment", and open
// nothing but a check-in by staff running the offering (lib/attendance/mutations.ts). Only a
// confirmed (or completed) place has one; a place cancelled or withdrawn keeps its code, which
// the check-in then refuses by the place's state. Changing the server's secret changes every code.
//
// The QR payload, `CQCI:{ENROLLMENT ID}:{16 check characters}`, uses only QR's alphanumeric
// characters (upper-case letters, digits, ":" and "-"), which makes the smallest symbol: easier to
// scan from a phone held up at the door. The short code is 8 characters of Crockford's base 32
// (no I, L, O or U, so nothing reads as another), shown as "7K3M-Q9TX" and found among the places
// of the session's offering.

const PREFIX = "CQCI";
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const QR_CHECK_LENGTH = 16;
const SHORT_LENGTH = 8;
/** What an enrollment id may be (lib/forms/schemas.ts idSchema), in the upper case the payload carries. */
const PAYLOAD = new RegExp(`^${PREFIX}:([A-Z0-9-]{1,64}):([${ALPHABET}]{${QR_CHECK_LENGTH}})$`);

function base32(bytes: Buffer, length: number): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= length) break;
    value &= (1 << bits) - 1;
  }
  return out;
}

const check = (key: string, use: "qr" | "short", enrollmentId: string, length: number) =>
  base32(createHmac("sha256", key).update(`check-in:${use}:${enrollmentId.toLowerCase()}`).digest(), length);

/** What the QR code of an enrollment's place says. */
export function checkInPayload(enrollmentId: string, key: string): string {
  return `${PREFIX}:${enrollmentId.toUpperCase()}:${check(key, "qr", enrollmentId, QR_CHECK_LENGTH)}`;
}

/** The short code to type, as shown: "7K3M-Q9TX". */
export function shortCheckInCode(enrollmentId: string, key: string): string {
  const code = check(key, "short", enrollmentId, SHORT_LENGTH);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What someone typed or a camera read, made comparable: upper case, without spaces or hyphens,
 * and the letters people mistake for digits read as those digits (Crockford's rule).
 */
function normalizeShort(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export type ReadCode =
  /** A QR payload with a right check: this enrollment (which may since have changed state or gone). */
  | { kind: "qr"; enrollmentId: string }
  /** Looks like a QR payload, but its check is wrong: altered or made up. */
  | { kind: "forged" }
  /** Could be a short code: to be looked for among the places of the session's offering. */
  | { kind: "short"; code: string }
  /** Neither: another QR code (a web address, a payment code) or a typing slip. */
  | { kind: "unreadable" };

/** Reads a check-in code, as scanned or typed. Checks are compared in constant time. */
export function readCheckInCode(text: string, key: string): ReadCode {
  const trimmed = text.trim().toUpperCase();
  if (trimmed.startsWith(`${PREFIX}:`)) {
    const match = PAYLOAD.exec(trimmed);
    if (!match) return { kind: "forged" };
    const enrollmentId = match[1]!.toLowerCase();
    const expected = Buffer.from(check(key, "qr", enrollmentId, QR_CHECK_LENGTH));
    return timingSafeEqual(expected, Buffer.from(match[2]!)) ? { kind: "qr", enrollmentId } : { kind: "forged" };
  }
  const short = normalizeShort(trimmed);
  return short.length === SHORT_LENGTH && [...short].every((c) => ALPHABET.includes(c)) ? { kind: "short", code: short } : { kind: "unreadable" };
}

/** Whether a short code (as read by readCheckInCode) is this enrollment's. */
export function isShortCodeOf(code: string, enrollmentId: string, key: string): boolean {
  return timingSafeEqual(Buffer.from(code), Buffer.from(check(key, "short", enrollmentId, SHORT_LENGTH)));
}

/** The states whose places have a check-in code. */
export const CODE_STATES: ReadonlySet<string> = new Set(["confirmed", "completed"]);

/** The key the codes are made with: derived from the server's secret, so it is never the key that signs sessions. */
export function checkInKey(): string {
  return createHmac("sha256", authSecret()).update("check-in-codes").digest("base64url");
}

export interface CheckInCode {
  payload: string;
  short: string;
}

/** The check-in code of a place, or null when its state has none. */
export function checkInCodeOf(enrollment: { id: string; state: string }, key = checkInKey()): CheckInCode | null {
  if (!CODE_STATES.has(enrollment.state)) return null;
  return { payload: checkInPayload(enrollment.id, key), short: shortCheckInCode(enrollment.id, key) };
}

/**
 * A QR code as one SVG path (the dark modules, row by row) inside a square of `size` units, the
 * four-module quiet zone included: rendered on the server as an inline SVG, so it needs no image
 * request, no script, and scales crisply to any size. Error correction M (15%): a cracked phone
 * screen or a glare still scans.
 */
export function qrPath(payload: string): { size: number; d: string } {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: "M" });
  const margin = 4;
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      let run = 1;
      while (col + run < modules.size && modules.get(row, col + run)) run++;
      parts.push(`M${col + margin} ${row + margin}h${run}v1h-${run}z`);
      col += run;
    }
  }
  return { size: modules.size + 2 * margin, d: parts.join("") };
}
