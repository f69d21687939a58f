import { createServer, request, type Server, type ServerResponse } from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PUBLIC_CACHE_CONTROL, SESSION_COOKIES } from "@/lib/http/cache-policy";
import { createSharedCache } from "@/lib/http/shared-cache";
import { contentSecurityPolicy, createNonce, nonceOf } from "@/lib/http/csp";

// A real HTTP server with the shared cache in front of a stand-in app whose answers say how many
// times it rendered, so a test can tell a cached answer from a fresh one.
let renders = 0;
let reply: (response: ServerResponse, url: string) => void;
const cache = createSharedCache();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) =>
    void cache.handle(request, response, async () => {
      renders++;
      reply(response, request.url ?? "/");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  cache.clear();
  vi.useRealTimers();
});

const publicPage = (response: ServerResponse) => {
  response.writeHead(200, { "Content-Type": "text/html", "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: `"r${renders}"` });
  response.write("<p>render ");
  response.end(`${renders}</p>`);
};

// node:http rather than fetch, which adds Cache-Control: no-cache to conditional requests.
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; cache: string; body: string; etag: string }>((resolve, reject) => {
    request(base + path, { method, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, cache: String(response.headers["x-cache"]), body, etag: String(response.headers.etag) }));
    }).on("error", reject).end();
  });
}

describe("shared cache in front of the app", () => {
  it("serves a public answer again without rendering, body intact, until its s-maxage runs out", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    reply = publicPage;
    const first = await get("/programmes?q=a");
    const second = await get("/programmes?q=a");
    expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
    expect(second.body).toBe(first.body);
    expect((await get("/programmes?q=b")).cache).toBe("MISS"); // another URL is another entry

    vi.setSystemTime(Date.now() + 61_000);
    const expired = await get("/programmes?q=a");
    expect(expired.cache).toBe("MISS");
    expect(expired.body).not.toBe(first.body);
  });

  it("steps aside for signed-in people and for writes, and never keeps what they get", async () => {
    reply = publicPage;
    const cookie = { cookie: `theme=dark; ${SESSION_COOKIES[0]}=abc` };
    expect((await get("/p", cookie)).cache).toBe("BYPASS");
    expect((await get("/p", cookie)).cache).toBe("BYPASS");
    expect((await get("/p", {}, "POST")).cache).toBe("BYPASS");
    expect((await get("/p")).cache).toBe("MISS");
  });

  it("keeps nothing that is private, sets a cookie or is not a 200", async () => {
    const cases: [string, (response: ServerResponse) => void][] = [
      ["private", (r) => { r.writeHead(200, { "Cache-Control": "private, no-store" }); r.end("x"); }],
      ["cookie", (r) => { r.writeHead(200, { "Cache-Control": PUBLIC_CACHE_CONTROL, "Set-Cookie": "a=b" }); r.end("x"); }],
      ["missing", (r) => { r.writeHead(404, { "Cache-Control": PUBLIC_CACHE_CONTROL }); r.end("x"); }],
      ["failure", (r) => { r.writeHead(500, { "Cache-Control": PUBLIC_CACHE_CONTROL }); r.end("x"); }],
    ];
    for (const [name, answer] of cases) {
      reply = answer;
      await get(`/${name}`);
      expect((await get(`/${name}`)).cache, name).toBe("MISS");
    }
  });

  it("keeps one copy per variant named by Vary, answers HEAD and If-None-Match from the cache", async () => {
    reply = (response, url) => {
      response.writeHead(200, { "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept-Language", ETag: `"${url}-${renders}"` });
      response.end(`render ${renders}`);
    };
    const zh = await get("/v", { "accept-language": "zh-CN" });
    const en = await get("/v", { "accept-language": "en" });
    expect(en.body).not.toBe(zh.body);
    expect(await get("/v", { "accept-language": "zh-CN" })).toMatchObject({ cache: "HIT", body: zh.body });
    expect(await get("/v", { "accept-language": "en" })).toMatchObject({ cache: "HIT", body: en.body });
    const rendersSoFar = renders;
    expect(await get("/v", { "accept-language": "en" }, "HEAD")).toMatchObject({ cache: "HIT", status: 200, body: "" });
    expect(await get("/v", { "accept-language": "en", "if-none-match": en.etag })).toMatchObject({ status: 304, cache: "HIT" });
    expect(renders).toBe(rendersSoFar);
  });

  it("never serves a page twice with one CSP nonce: each hit gets a fresh one, in the header and everywhere in the page, gzip or not", async () => {
    // A page as Next.js sends it: the nonce in its policy, on its scripts and in its payload.
    reply = (response) => {
      const nonce = createNonce();
      const html = `<html><script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script><p>安全 render ${renders}</p>${"<i>filler</i>".repeat(3000)}<script nonce="${nonce}" src="/a.js"></script></html>`;
      const gzip = String(response.req.headers["accept-encoding"] ?? "").includes("gzip");
      response.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept-Encoding", ETag: `"r${renders}"`,
        "Content-Security-Policy": contentSecurityPolicy(nonce), ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      });
      response.end(gzip ? gzipSync(html) : html);
    };
    for (const encoding of ["gzip", "identity"]) {
      const loads = [];
      for (let i = 0; i < 3; i++) loads.push(await fetchRaw("/page", { "accept-encoding": encoding }));
      expect(loads.map((l) => l.headers["x-cache"]), encoding).toEqual(["MISS", "HIT", "HIT"]);
      const nonces = loads.map((l) => nonceOf(String(l.headers["content-security-policy"]))!);
      expect(new Set(nonces).size, encoding).toBe(3);
      const pages = loads.map((l) => (l.headers["content-encoding"] === "gzip" ? gunzipSync(l.body) : l.body).toString());
      pages.forEach((html, i) => {
        expect(html.split(nonces[i]!).length - 1, encoding).toBe(3); // every place, and no other nonce
        expect(html.replaceAll(nonces[i]!, "N")).toBe(pages[0]!.replaceAll(nonces[0]!, "N"));
      });
      expect(loads[1]!.headers.etag).toBeUndefined();
      expect(Number(loads[1]!.headers["content-length"])).toBe(loads[1]!.body.length);
      // No 304 for a page: the browser's copy would carry an old nonce under a new policy.
      expect((await fetchRaw("/page", { "accept-encoding": encoding, "if-none-match": String(loads[0]!.headers.etag) })).status).toBe(200);
    }
  });
});

function fetchRaw(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(base + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject).end();
  });
}

describe("shared cache keyed by the public content's generation", () => {
  // The same cache as scripts/serve.ts makes it: with a generation (there, the search index version).
  let generation = 1;
  let failing = false;
  let generationRenders = 0;
  const keyed = createSharedCache({ generation: async () => { if (failing) throw new Error("database down"); return generation; } });
  let keyedServer: Server;
  let keyedBase = "";
  beforeAll(async () => {
    keyedServer = createServer((req, response) => void keyed.handle(req, response, async () => {
      generationRenders++;
      response.writeHead(200, { "Content-Type": "text/html", "Cache-Control": PUBLIC_CACHE_CONTROL });
      response.end(`render ${generationRenders} of generation ${generation}`);
    }));
    await new Promise<void>((resolve) => keyedServer.listen(0, "127.0.0.1", resolve));
    keyedBase = `http://127.0.0.1:${(keyedServer.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => keyedServer.close(() => resolve())));
  const load = (path: string) => new Promise<{ cache: string; body: string }>((resolve, reject) => {
    request(keyedBase + path, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ cache: String(response.headers["x-cache"]), body }));
    }).on("error", reject).end();
  });

  it("serves a kept answer only while the generation is unchanged: a published change shows on the next request", async () => {
    const first = await load("/programmes/x");
    expect((await load("/programmes/x")).cache).toBe("HIT");
    generation = 2; // a programme was published, changed, unpublished or archived
    const next = await load("/programmes/x");
    expect(next).toMatchObject({ cache: "MISS", body: "render 2 of generation 2" });
    expect(next.body).not.toBe(first.body);
    expect(await load("/programmes/x")).toMatchObject({ cache: "HIT", body: "render 2 of generation 2" });
  });

  it("steps aside (renders, keeps nothing) when the generation cannot be read", async () => {
    await load("/institutions");
    failing = true;
    expect((await load("/institutions")).cache).toBe("BYPASS");
    failing = false;
    expect((await load("/institutions")).cache).toBe("HIT");
  });
});
