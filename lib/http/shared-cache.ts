import type { IncomingMessage, ServerResponse } from "node:http";
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";
import { SESSION_COOKIES } from "./cache-policy";
import { createNonce, nonceOf } from "./csp";
import { createNonceTemplate, renderNonceTemplate, type NonceTemplate } from "./nonce-template";

/**
 * A shared HTTP cache in front of the app, as a CDN would be: it keeps what the app marks
 * `public, s-maxage=...` (lib/http/cache-policy.ts) for as long as that says, honouring Vary,
 * and never for signed-in people. The rules of RFC 9111 come from http-cache-semantics.
 * A page (whose Content-Security-Policy carries a nonce) is never served twice with one nonce: it
 * is kept as a template (lib/http/nonce-template.ts) and every hit gets a fresh nonce.
 */
type Stored = { policy: CachePolicy; status: number; generation: Generation } & ({ body: Buffer; page?: never } | { body?: never; page: { nonce: string; template: NonceTemplate } });

const MAX_VARIANTS = 8;

type Generation = string | number | null;

export interface SharedCacheOptions {
  maxBytes?: number;
  /**
   * What the public content is at now (scripts/serve.ts: the search index version, which every
   * change to what the public may see bumps, in whichever process made it). A stored answer is
   * served only while it is unchanged, so a published change shows on the next request, not when
   * s-maxage runs out. Read on every cacheable request; if it cannot be read, the cache steps aside.
   */
  generation?: () => Promise<Generation>;
}

export function createSharedCache({ maxBytes = 64 * 1024 * 1024, generation: currentGeneration }: SharedCacheOptions = {}) {
  // One entry per URL, holding its variants (by Vary: compression, client-side navigation headers).
  const entries = new LRUCache<string, Stored[]>({
    maxSize: maxBytes,
    sizeCalculation: (variants) => variants.reduce((sum, v) => sum + (v.body?.length ?? v.page!.template.size) + 1024, 0) || 1,
  });

  const signedIn = (request: IncomingMessage) => {
    const cookies = request.headers.cookie ?? "";
    return SESSION_COOKIES.some((name) => cookies.includes(`${name}=`));
  };

  /**
   * Answers the request from the cache when it can; otherwise calls `render` and keeps its
   * response if the cache rules allow. Marks responses `X-Cache: HIT`, `MISS` or `BYPASS`.
   */
  async function handle(request: IncomingMessage, response: ServerResponse, render: () => Promise<void>) {
    const method = request.method ?? "GET";
    if ((method !== "GET" && method !== "HEAD") || signedIn(request)) {
      response.setHeader("X-Cache", "BYPASS");
      return render();
    }
    const key = request.url ?? "/";
    // Read before rendering: an answer rendered while the content changes is kept under the older
    // generation, so the next request renders afresh.
    let generation: Generation = null;
    if (currentGeneration) {
      try {
        generation = await currentGeneration();
      } catch {
        response.setHeader("X-Cache", "BYPASS");
        return render();
      }
    }
    // Conditional headers are answered here (304) from the stored ETag, not matched as variants.
    const { "if-none-match": ifNoneMatch, "if-modified-since": _, ...headers } = request.headers;
    const policyRequest = { url: key, method: "GET", headers };
    const current = (v: Stored) => v.generation === generation;
    const hit = entries.get(key)?.find((v) => current(v) && v.policy.satisfiesWithoutRevalidation(policyRequest));
    if (hit) {
      const { headers, body } = answerFrom(hit);
      // A page's body differs on every hit (its nonce), so it is never answered 304 (nor has it an ETag).
      if (!hit.page && headers.etag && ifNoneMatch === headers.etag) {
        response.writeHead(304, headers);
        return void response.end();
      }
      response.writeHead(hit.status, headers);
      return void response.end(method === "HEAD" ? undefined : body);
    }
    response.setHeader("X-Cache", "MISS");
    if (method === "HEAD") return render();
    const chunks = capture(response);
    await render();
    await finished(response);
    if (response.statusCode !== 200 || !response.writableFinished) return;
    const answer = response.getHeaders() as CachePolicy.Headers;
    if (answer["set-cookie"]) return;
    const policy = new CachePolicy(policyRequest, { status: 200, headers: answer }, { shared: true });
    if (!policy.storable() || policy.timeToLive() <= 0) return;
    const body = Buffer.concat(chunks);
    const nonce = nonceOf(answer["content-security-policy"] as string | undefined);
    let stored: Stored = { policy, status: 200, generation, body };
    if (nonce) {
      const template = createNonceTemplate(body, nonce, answer["content-encoding"] as string | undefined);
      if (!template) return; // a page that cannot take a new nonce is not kept
      stored = { policy, status: 200, generation, page: { nonce, template } };
    }
    const variants = (entries.get(key) ?? []).filter((v) => current(v) && !v.policy.satisfiesWithoutRevalidation(policyRequest));
    entries.set(key, [stored, ...variants].slice(0, MAX_VARIANTS));
  }

  return { handle, clear: () => entries.clear() };
}

/** The headers and body of a stored answer as served now: a page with a fresh nonce in both. */
function answerFrom(stored: Stored): { headers: CachePolicy.Headers; body: Buffer } {
  const headers: CachePolicy.Headers = { ...stored.policy.responseHeaders(), "x-cache": "HIT" };
  if (!stored.page) return { headers, body: stored.body };
  const nonce = createNonce();
  const body = renderNonceTemplate(stored.page.template, nonce);
  const policy = String(headers["content-security-policy"]).replaceAll(`'nonce-${stored.page.nonce}'`, `'nonce-${nonce}'`);
  delete headers.etag;
  return { headers: { ...headers, "content-security-policy": policy, "content-length": String(body.length) }, body };
}

/** Copies what is written to the response (the app may write, end or pipe into it). */
function capture(response: ServerResponse): Buffer[] {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((...args: unknown[]) => (keep(args[0], args[1]), write(...args))) as typeof response.write;
  response.end = ((...args: unknown[]) => (keep(args[0], args[1]), end(...args))) as typeof response.end;
  return chunks;
}

function finished(response: ServerResponse) {
  if (response.writableFinished || response.destroyed) return Promise.resolve();
  return new Promise<void>((resolve) => {
    response.once("finish", resolve);
    response.once("close", resolve);
  });
}
