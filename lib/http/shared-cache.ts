import type { IncomingMessage, ServerResponse } from "node:http";
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";
import { SESSION_COOKIES } from "./cache-policy";

/**
 * A shared HTTP cache in front of the app, as a CDN would be: it keeps what the app marks
 * `public, s-maxage=...` (lib/http/cache-policy.ts) for as long as that says, honouring Vary,
 * and never for signed-in people. The rules of RFC 9111 come from http-cache-semantics.
 */
type Stored = { policy: CachePolicy; status: number; body: Buffer };

const MAX_VARIANTS = 8;

export function createSharedCache({ maxBytes = 64 * 1024 * 1024 } = {}) {
  // One entry per URL, holding its variants (by Vary: compression, client-side navigation headers).
  const entries = new LRUCache<string, Stored[]>({
    maxSize: maxBytes,
    sizeCalculation: (variants) => variants.reduce((sum, v) => sum + v.body.length + 1024, 0) || 1,
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
    // Conditional headers are answered here (304) from the stored ETag, not matched as variants.
    const { "if-none-match": ifNoneMatch, "if-modified-since": _, ...headers } = request.headers;
    const policyRequest = { url: key, method: "GET", headers };
    const hit = entries.get(key)?.find((v) => v.policy.satisfiesWithoutRevalidation(policyRequest));
    if (hit) {
      const stored: CachePolicy.Headers = { ...hit.policy.responseHeaders(), "x-cache": "HIT" };
      if (stored.etag && ifNoneMatch === stored.etag) {
        response.writeHead(304, stored);
        return void response.end();
      }
      response.writeHead(hit.status, stored);
      return void response.end(method === "HEAD" ? undefined : hit.body);
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
    const variants = (entries.get(key) ?? []).filter((v) => !v.policy.satisfiesWithoutRevalidation(policyRequest));
    entries.set(key, [{ policy, status: 200, body: Buffer.concat(chunks) }, ...variants].slice(0, MAX_VARIANTS));
  }

  return { handle, clear: () => entries.clear() };
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
