import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// React's own encoder, as the browser runs it for a server action's arguments.
import { encodeReply } from "next/dist/compiled/react-server-dom-webpack/client.node.js";
import { ACTION_BODY_LIMIT, API_BODY_LIMIT, bodyLimit, isDecodableActionBody, readBody, withBody } from "@/lib/http/request-body";
import { refusal } from "@/lib/http/refusal";

describe("which bodies the server reads before the app", () => {
  it.each([
    ["POST", "/api/v1/me/tokens", {}, API_BODY_LIMIT],
    ["PATCH", "/api/v1/me?x=1", {}, API_BODY_LIMIT],
    ["DELETE", "/api/v1/me/tokens/abc", {}, API_BODY_LIMIT],
    ["POST", "/api/auth/callback/credentials", {}, API_BODY_LIMIT],
    ["POST", "/sign-up", { "next-action": "abc" }, ACTION_BODY_LIMIT],
    ["POST", "/en/me", { "next-action": "abc" }, ACTION_BODY_LIMIT],
    ["GET", "/api/v1/programmes", {}, null],
    ["HEAD", "/api/v1/programmes", {}, null],
    ["GET", "/sign-up", { "next-action": "abc" }, null],
    ["POST", "/sign-up", {}, null], // no action: left to Next.js
    ["POST", "/api-docs", {}, null],
  ] as const)("%s %s %o: %s", (method, url, headers, limit) => {
    expect(bodyLimit({ method, url, headers })).toBe(limit);
  });
});

describe("readBody and withBody", () => {
  let server: Server;
  let base: string;
  let seen: string[] = [];
  beforeAll(async () => {
    server = createServer((incoming, response) => {
      void readBody(incoming, 1000).then(async (outcome) => {
        if (outcome.status !== "ok") {
          response.writeHead(413, { Connection: "close" }).end(outcome.status);
          return void incoming.resume();
        }
        // What the app would read from the request handed on.
        const replay: IncomingMessage = withBody(incoming, outcome.body);
        let text = "";
        for await (const chunk of replay) text += chunk;
        seen.push(`${replay.method} ${replay.url} ${replay.headers["content-type"]}`);
        response.end(`read ${text.length}: ${text.slice(0, 20)}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function post(body: string[], headers: Record<string, string> = {}) {
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = request(`${base}/api/v1/x?y=1`, { method: "POST", headers: { "content-type": "application/json", ...headers } }, (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("end", () => resolve({ status: response.statusCode!, text }));
      });
      outgoing.on("error", reject);
      for (const part of body) outgoing.write(part);
      outgoing.end();
    });
  }

  it("hands on the whole body, with the request's method, address and headers, when within the limit (chunked or not)", async () => {
    seen = [];
    expect(await post(["x".repeat(1000)], { "content-length": "1000" })).toEqual({ status: 200, text: `read 1000: ${"x".repeat(20)}` });
    expect(await post(["{\"a\":", "1}"])).toEqual({ status: 200, text: "read 7: {\"a\":1}" });
    expect(await post([])).toEqual({ status: 200, text: "read 0: " });
    expect(seen).toEqual(Array(3).fill("POST /api/v1/x?y=1 application/json"));
  });

  it("stops at the limit: by Content-Length before reading, and by counting a chunked body's bytes", async () => {
    expect(await post(["x".repeat(1001)], { "content-length": "1001" })).toEqual({ status: 413, text: "too-large" });
    expect(await post(["x".repeat(600), "x".repeat(600)])).toEqual({ status: 413, text: "too-large" });
  });
});

describe("server-action bodies React can decode", () => {
  const asSent = async (args: unknown[]) => {
    const encoded = await encodeReply(args);
    if (typeof encoded === "string") return { contentType: "text/plain;charset=UTF-8", body: Buffer.from(encoded) };
    const response = new Response(encoded);
    return { contentType: response.headers.get("content-type")!, body: Buffer.from(await response.arrayBuffer()) };
  };

  it("accepts what the browser sends: text for plain values, multipart for files, maps, sets and forms", async () => {
    const form = new FormData();
    form.append("name", "李明");
    for (const args of [
      [{ email: "a@example.com", name: "李明", consent: true, when: new Date(0), none: undefined, dollar: "$5" }, "zh-CN"],
      [],
      ["offering-1", "en", { answers: { statement: "长".repeat(2000) }, formVersion: 1 }],
      [new Map([["k", [1, 2]]]), new Set(["a"]), form, new Blob(["file"]), 10n],
    ]) {
      const { contentType, body } = await asSent(args);
      expect(await isDecodableActionBody(contentType, body), contentType).toBe(true);
    }
  });

  it("refuses garbage, a root that is not the argument list, dangling references and broken multipart", async () => {
    const multipart = (parts: [string, string][], boundary = "b0undary") =>
      Buffer.from(parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`);
    const text = "text/plain;charset=UTF-8";
    const form = "multipart/form-data; boundary=b0undary";
    for (const [contentType, body] of [
      [text, Buffer.from("garbage{{")],
      [text, Buffer.from("")],
      [text, Buffer.from("5")],
      [text, Buffer.from("{\"a\":1}")],
      [text, Buffer.from("[\"$1\"]")],
      [text, Buffer.from("[{\"m\":\"$Q2\"}]")],
      [text, Buffer.from("[\"$zz\"]")],
      [undefined, Buffer.from("garbage")],
      [form, Buffer.from("garbage")],
      ["multipart/form-data", multipart([["0", "[]"]])], // no boundary
      [form, multipart([["1", "hello"]])], // no root
      [form, multipart([["0", "hello{"]])],
      [form, multipart([["0", "[\"$Q1\"]"]])], // refers to a part that is not there
      [form, multipart([["0", "[\"$1\"]"], ["1", "[\"$@2\"]"]])], // ... two steps away
    ] as const) {
      expect(await isDecodableActionBody(contentType, body), `${contentType} ${body}`).toBe(false);
    }
  });
});

describe("the refusals' words", () => {
  it("come in the API's error shape under /api and as text for pages, in the caller's language", () => {
    const api = refusal("body_too_large", "/api/v1/me", "en-GB,en", { limit: "64 KB" });
    expect(api.status).toBe(413);
    expect(JSON.parse(api.body)).toEqual({ error: { code: "too_large", fields: [{ path: "(body)", code: "body_too_large", message: "The request is too large: at most 64 KB" }] } });
    expect(JSON.parse(refusal("body_too_large", "/api/auth/signin", undefined, { limit: "64 KB" }).body).error.fields[0].message).toBe("请求内容过大：最多 64 KB");
    expect(refusal("body_invalid", "/en/sign-up", "zh-CN")).toMatchObject({ status: 400, body: "The request's content could not be read" });
    expect(refusal("body_too_large", "/sign-up", "en", { limit: "1 MB" })).toMatchObject({ status: 413, body: "请求内容过大：最多 1 MB" });
  });
});
