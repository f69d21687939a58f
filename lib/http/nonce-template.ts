// A cached page that can be served again with a new CSP nonce, cheaply. The shared cache
// (lib/http/shared-cache.ts) keeps pages as Next.js sent them, gzip-compressed for most clients;
// every page carries its nonce in its scripts and in the React payload. Decompressing, replacing
// and compressing again for every hit would cost a millisecond or two per page. Instead the page is
// kept as the text between its nonces, each piece compressed once as raw deflate ending on a byte
// boundary (a sync flush), and a hit joins the pieces with the new nonce between them as stored
// (uncompressed) deflate blocks, inside a gzip header and trailer (RFC 1951, 1952): tens of
// microseconds. Each piece is compressed with the text before it as its dictionary, as if the
// page were one stream, except that the nonces' places hold zero bytes there: nothing in a page is
// a zero byte, so no back-reference can reach into a nonce, whose bytes change on every hit.
import { constants, crc32, deflateRawSync, gunzipSync } from "node:zlib";

export interface NonceTemplate {
  /** The page's text between its nonces (one more than there are nonces). */
  pieces: Buffer[];
  /** Each piece as raw deflate, when the page was sent gzip-compressed; null when it was sent as is. */
  deflated: Buffer[] | null;
  /** The nonces' length (the new one must have the same, as the dictionaries assume). */
  nonceLength: number;
  /** Bytes held, for the cache's size limit. */
  size: number;
}

const WINDOW = 32 * 1024; // deflate's window: as far back as a reference reaches
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]); // deflate, no name or time, unknown OS
const FINAL_BLOCK = Buffer.from([0x03, 0x00]); // an empty fixed-Huffman block marked last

/** Splits `body` at each occurrence of `nonce`. */
function split(body: Buffer, nonce: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(nonce); at !== -1; at = body.indexOf(nonce, from)) {
    pieces.push(body.subarray(from, at));
    from = at + nonce.length;
  }
  pieces.push(body.subarray(from));
  return pieces;
}

/**
 * The template of a page sent with `nonce` and this Content-Encoding, or null when it cannot be
 * made (an encoding other than gzip, or a zero byte in the page) and the page must not be kept.
 */
export function createNonceTemplate(sent: Buffer, nonce: string, contentEncoding: string | undefined): NonceTemplate | null {
  const encoding = (contentEncoding ?? "identity").trim().toLowerCase();
  if (encoding !== "gzip" && encoding !== "identity") return null;
  const body = encoding === "gzip" ? gunzipSync(sent) : sent;
  if (body.includes(0)) return null;
  const pieces = split(body, Buffer.from(nonce));
  let deflated: Buffer[] | null = null;
  if (encoding === "gzip") {
    const placeholder = Buffer.alloc(nonce.length);
    let before = Buffer.alloc(0); // the text so far, nonces as zero bytes, last WINDOW bytes only
    deflated = pieces.map((piece, index) => {
      const compressed = deflateRawSync(piece, { finishFlush: constants.Z_SYNC_FLUSH, ...(before.length > 0 ? { dictionary: before } : {}) });
      const next = index < pieces.length - 1 ? Buffer.concat([before, piece, placeholder]) : before;
      before = next.subarray(Math.max(0, next.length - WINDOW));
      return compressed;
    });
  }
  const size = pieces.reduce((sum, p) => sum + p.length, 0) + (deflated?.reduce((sum, d) => sum + d.length, 0) ?? 0);
  return { pieces, deflated, nonceLength: nonce.length, size };
}

/** A stored block holding `data` (under 64 KB), not the last. */
function storedBlock(data: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt16LE(data.length, 1);
  header.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([header, data]);
}

/** The page with `nonce` in every place its old one was, encoded as it was sent. */
export function renderNonceTemplate(template: NonceTemplate, nonce: string): Buffer {
  const fresh = Buffer.from(nonce);
  if (fresh.length !== template.nonceLength) throw new Error("a nonce of another length");
  const { pieces, deflated } = template;
  if (!deflated) return Buffer.concat(pieces.flatMap((piece, i) => (i === 0 ? [piece] : [fresh, piece])));
  const stored = storedBlock(fresh);
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  pieces.forEach((piece, i) => {
    if (i > 0) {
      parts.push(stored);
      crc = crc32(fresh, crc);
      length += fresh.length;
    }
    parts.push(deflated[i]!);
    crc = crc32(piece, crc);
    length += piece.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4); // ISIZE: the length modulo 2^32
  parts.push(FINAL_BLOCK, trailer);
  return Buffer.concat(parts);
}
