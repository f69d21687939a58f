// The production server: the Next.js build behind the shared cache (lib/http/shared-cache.ts),
// which serves public pages and API answers again for as long as their Cache-Control allows, as
// a CDN would. `npm start` ends here; the browser tests and the benchmark run it too.
// Usage: tsx scripts/serve.ts [--port $PORT] [--hostname $HOST]
import { createServer, type IncomingMessage } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { env } from "../lib/env";
import { createSharedCache } from "../lib/http/shared-cache";
import { badAddressAnswer, isBadAddress } from "../lib/http/bad-address";
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
const cache = createSharedCache();

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

const server = createServer((request, response) => {
  if (isBadAddress(request.url ?? "/")) {
    const answer = badAddressAnswer(request.url ?? "/", request.headers["accept-language"]);
    response.writeHead(answer.status, answer.headers);
    return void response.end(answer.body);
  }
  if (crossSiteAction(request)) {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
    return void response.end("Cross-site request refused");
  }
  // The client's address for throttling and the audit trail comes from the socket (or, with
  // TRUST_PROXY_HOPS, X-Forwarded-For): lib/auth/request.ts clientIp.
  stampSocketAddress(request.headers, request.socket.remoteAddress);
  cache.handle(request, response, () => handle(request, response)).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end();
  });
});
server.listen(port, hostname, () => console.log(`Serving on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
