// Request bodies scripts/serve.ts reads itself before Next.js does, so that a body too large is
// answered 413 and a server action's body that cannot be decoded 400: Next.js reads API and
// next-auth bodies without any limit, and answers both faults of a server action with a 500.
// Only the bodies named in `bodyLimit` are read here; everything else streams through untouched.
import { IncomingMessage } from "node:http";

/** JSON API and next-auth bodies: a profile, a token's name, an application's answers (a few KB), credentials. */
export const API_BODY_LIMIT = 64 * 1024;
/** Server actions (forms): Next.js's own default limit, which next.config.ts sets explicitly to the same. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** "64 KB", "1 MB": a limit as the refusal names it. */
export const formatLimit = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`);

/** The most a request may carry before Next.js sees it, or null for a request whose body is left to stream through (pages, GETs). */
export function bodyLimit(request: Pick<IncomingMessage, "method" | "url" | "headers">): number | null {
  if (request.method === "GET" || request.method === "HEAD") return null;
  if (request.method === "POST" && request.headers["next-action"]) return ACTION_BODY_LIMIT;
  const path = (request.url ?? "/").split("?")[0]!;
  return path.startsWith("/api/v1/") || path.startsWith("/api/auth/") ? API_BODY_LIMIT : null;
}

export type BodyOutcome = { status: "ok"; body: Buffer } | { status: "too-large" } | { status: "aborted" };

/**
 * The whole body, read up to `limit` bytes: "too-large" at once when Content-Length says more, or
 * as soon as the bytes received (a chunked body has no length) pass it; the rest is then left unread.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyOutcome> {
  if (Number(request.headers["content-length"]) > limit) return Promise.resolve({ status: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: BodyOutcome) => {
      request.off("data", onData).off("end", onEnd).off("error", onAborted).off("close", onAborted);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle({ status: "too-large" });
      else chunks.push(chunk);
    };
    const onEnd = () => settle({ status: "ok", body: Buffer.concat(chunks, size) });
    const onAborted = () => settle({ status: "aborted" });
    request.on("data", onData).on("end", onEnd).on("error", onAborted).on("close", onAborted);
  });
}

/**
 * The same request with its body already read: a fresh IncomingMessage on the same socket, which
 * Next.js reads as it would the original. (Next.js itself swaps a request's body for a buffered
 * copy when its proxy has read it.)
 */
export function withBody(request: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(request.socket);
  replay.method = request.method;
  replay.url = request.url;
  replay.headers = request.headers;
  replay.rawHeaders = request.rawHeaders;
  replay.httpVersion = request.httpVersion;
  replay.httpVersionMajor = request.httpVersionMajor;
  replay.httpVersionMinor = request.httpVersionMinor;
  replay.complete = true;
  replay.push(body);
  replay.push(null);
  return replay;
}

// React's reply format: strings starting with "$" name special values; these stand alone, every
// other one refers to another part of a multipart body ("$1", "$Q2", "$@3" ...; "$$" escapes a "$").
const STANDALONE = new Set(["$", "I", "-", "N", "u", "D", "n", "T"]);
const REFERENCE = /^\$[@A-Za-z]?([0-9a-f]+)(?::|$)/;

/** The parts a JSON model refers to (ids), or null when it refers to something a body cannot hold. */
function referencedParts(model: unknown): string[] | null {
  const ids: string[] = [];
  const pending: unknown[] = [model];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string" && value.startsWith("$") && !STANDALONE.has(value[1] ?? "")) {
      const id = REFERENCE.exec(value)?.[1];
      if (id === undefined) return null;
      // A FormData argument ("$K1") is its parts "1_name", possibly none: nothing to check.
      if (value[1] !== "K") ids.push(id);
    } else if (typeof value === "object" && value !== null) {
      for (const item of Object.values(value)) pending.push(item);
    }
  }
  return ids;
}

/**
 * Whether a server action's body is one React can decode into arguments: JSON whose root is the
 * argument list, sent as text or as part "0" of a multipart form whose every referenced part exists.
 * (The browser sends text unless an argument is a file, a Map, a FormData or the like.)
 */
export async function isDecodableActionBody(contentType: string | undefined, body: Buffer): Promise<boolean> {
  const parseModel = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  if (!contentType?.startsWith("multipart/form-data")) {
    const root = parseModel(body.toString("utf8"));
    return Array.isArray(root) && referencedParts(root)?.length === 0;
  }
  let form: FormData;
  try {
    form = await new Response(new Blob([new Uint8Array(body)]), { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return false;
  }
  const root = form.get("0");
  if (typeof root !== "string" || !Array.isArray(parseModel(root))) return false;
  // Follow references from the root through the parts they name (each checked once).
  const seen = new Set<string>();
  const pending = ["0"];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const part = form.get(id);
    if (part === null) return false;
    if (typeof part !== "string") continue; // a file
    const model = parseModel(part);
    const ids = model === undefined ? [] : referencedParts(model);
    if (ids === null) return false;
    for (const next of ids) pending.push(next);
  }
  return true;
}
