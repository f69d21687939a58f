// The production server: the Next.js build behind the shared cache (lib/http/shared-cache.ts),
// which serves public pages and API answers again for as long as their Cache-Control allows, as
// a CDN would. `npm start` ends here; the browser tests and the benchmark run it too.
// Usage: tsx scripts/serve.ts [--port $PORT] [--hostname $HOST]
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import pg from "pg";
import { env } from "../lib/env";
import { createSharedCache } from "../lib/http/shared-cache";
import { badAddressAnswer, isBadAddress } from "../lib/http/bad-address";
import { refusal, type Refusal } from "../lib/http/refusal";
import { bodyLimit, formatLimit, isDecodableActionBody, readBody, withBody } from "../lib/http/request-body";
import { sameOrigin, stampSocketAddress } from "../lib/auth/request";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? env.PORT);
// The address to listen on: any (127.0.0.1 behind a proxy, ::1, 0.0.0.0, a name).
const hostname = values.hostname ?? env.HOST;
Object.assign(process.env, { NODE_ENV: "production" });

// Next.js only uses this name to build the origin it checks middleware rewrites against; it never
// connects to it. It must not be the bind address: Next spells 127.0.0.1 and [::1] as "localhost"
// in the rewrite but not in that origin, takes the locale rewrite for an external one and proxies
// it back to itself, where it redirects to the page asked for: a 307 loop (vercel/next.js#94745).
// "localhost" is what `next start` uses when given no -H.
const app = next({ dev: false, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
// The public content's generation: the search index version, which every change to what the
// public may see bumps in its own transaction (a programme published, changed, unpublished or
// archived; an institution verified; lib/search/indexer.ts), whichever instance made it. The shared
// cache serves an answer only while it is unchanged. One small indexed read per anonymous page or
// API request, on a pool of its own so it never waits behind the app's queries.
const generationPool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
const generation = async () => {
  const { rows } = await generationPool.query<{ version: number }>('SELECT "version" FROM "SearchIndexState" WHERE "id" = 1');
  return rows[0]?.version ?? 0;
};
const cache = createSharedCache({ generation });

/**
 * A server action posted from another site. Next.js refuses some too (comparing Origin with
 * X-Forwarded-Host or Host, which the client may have forged), but answers 500; this answers 403
 * before it gets there.
 */
function crossSiteAction(request: IncomingMessage): boolean {
  if (request.method !== "POST" || !request.headers["next-action"]) return false;
  const headers = new Headers(
    Object.entries(request.headers).flatMap(([name, value]): [string, string][] => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(", ") : value]])),
  );
  // The same rule the API applies to cookie-carried writes (lib/auth/request.ts).
  return !sameOrigin(headers, env.SITE_URL, env.TRUST_PROXY_HOPS);
}

function refuse(response: ServerResponse, answer: Refusal, extraHeaders: Record<string, string> = {}) {
  response.writeHead(answer.status, { ...answer.headers, ...extraHeaders });
  response.end(answer.body);
}

/** Logs an unexpected failure and ends the response with a bare 500 (or as it is, when already under way). */
const failed = (response: ServerResponse) => (error: unknown) => {
  console.error(error);
  if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
  response.end();
};

function serve(request: IncomingMessage, response: ServerResponse) {
  cache.handle(request, response, () => handle(request, response)).catch(failed(response));
}

/**
 * API, next-auth and server-action bodies (lib/http/request-body.ts): read here up to their limit
 * (413 beyond it, and the connection is closed once that is sent) and, for a server action,
 * checked to be decodable (400), then handed to Next.js.
 */
async function serveWithBody(request: IncomingMessage, response: ServerResponse, limit: number) {
  const url = request.url ?? "/";
  const language = request.headers["accept-language"];
  const outcome = await readBody(request, limit);
  if (outcome.status === "aborted") return void response.destroy();
  if (outcome.status === "too-large") {
    refuse(response, refusal("body_too_large", url, language, { limit: formatLimit(limit) }), { Connection: "close" });
    return void request.resume();
  }
  if (request.headers["next-action"] && !(await isDecodableActionBody(request.headers["content-type"], outcome.body))) {
    return refuse(response, refusal("body_invalid", url, language));
  }
  serve(withBody(request, outcome.body), response);
}

const server = createServer((request, response) => {
  if (isBadAddress(request.url ?? "/")) return refuse(response, badAddressAnswer(request.url ?? "/", request.headers["accept-language"]));
  if (crossSiteAction(request)) {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
    return void response.end("Cross-site request refused");
  }
  // The client's address for throttling and the audit trail comes from the socket (or, with
  // TRUST_PROXY_HOPS, X-Forwarded-For): lib/auth/request.ts clientIp.
  stampSocketAddress(request.headers, request.socket.remoteAddress);
  const limit = bodyLimit(request);
  if (limit === null) return serve(request, response);
  serveWithBody(request, response, limit).catch(failed(response));
});
server.listen(port, hostname, () => console.log(`Serving on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void Promise.allSettled([app.close(), generationPool.end()]).finally(() => process.exit(0));
  });
}
