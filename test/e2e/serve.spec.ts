// The production server started the ways deployments start it, next to the suite's own: on the
// same build (.next-test) and database, on other addresses. Any bind address serves the pages the
// locale rewrite makes, and the client's address used for throttling and the audit trail is the
// socket's (or, with TRUST_PROXY_HOPS, the one a trusted proxy appended), never one a client sent.
import { spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signInPage, signInRequest } from "./support/accounts";
import { freePort } from "../support/free-port";

// Headers a client might send to choose its address; none of them may show up on the audit trail.
const FORGED = { "x-real-ip": "203.0.113.66", "x-forwarded-for": "198.51.100.66", "x-portal-socket-address": "192.0.2.66" };

const SERVER_ENV = {
  // As scripts/e2e-server.ts: the suite's build and database.
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
  DATABASE_URL: process.env.E2E_DATABASE_URL!,
  NEXTAUTH_SECRET: "e2e-tests-secret-0123456789abcdef0123",
  NEXT_TELEMETRY_DISABLED: "1",
  // Per-address buckets are shared with the suite's own server through the database.
  RATE_SIGN_IN_PER_IP: "100000",
  RATE_SIGN_UP_PER_IP: "100000",
  RATE_SIGN_IN_PER_ACCOUNT: "100000",
  TRUST_PROXY: "",
  TRUST_PROXY_HOPS: "",
  SMTP_URL: "",
};

interface Server { origin: string; stop: () => Promise<void> }

/**
 * Starts `scripts/serve.ts --hostname <bind>` (or `next start`) and resolves once it says it
 * listens; `origin` is where to reach it.
 */
async function startServer(bind: string, env: Record<string, string> = {}, command: "serve" | "next start" = "serve"): Promise<Server> {
  const port = await freePort(bind);
  const reachAt = bind === "0.0.0.0" ? "127.0.0.1" : bind === "::" ? "::1" : bind;
  const origin = `http://${reachAt.includes(":") ? `[${reachAt}]` : reachAt}:${port}`;
  const args = command === "serve"
    ? ["--import", "tsx", "scripts/serve.ts", "--hostname", bind, "--port", String(port)]
    : ["node_modules/next/dist/bin/next", "start", "-H", bind, "-p", String(port)];
  const child = spawn(process.execPath, args, { env: { ...process.env, ...SERVER_ENV, SITE_URL: origin, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      // serve.ts prints "Serving on" once listening; `next start` prints "Ready".
      if (/Serving on|Ready in/.test(output)) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server on ${bind} exited (${code}) before listening:\n${output}`)));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
  };
  return { origin, stop };
}

async function expectPage(request: APIRequestContext, path: string, lang: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  expect(await response.text(), path).toContain(`<html lang="${lang}"`);
}

test.describe("any bind address", () => {
  for (const bind of ["127.0.0.1", "::1", "0.0.0.0"]) {
    test(`serves Chinese and English pages, with no redirect, bound to ${bind}`, async ({ playwright }) => {
      const server = await startServer(bind);
      try {
        const request = await playwright.request.newContext({ baseURL: server.origin });
        const { items } = await (await request.get("/api/v1/programmes")).json();
        for (const path of ["/", "/programmes", `/programmes/${items[0].slug}`, "/institutions"]) await expectPage(request, path, "zh-CN");
        for (const path of ["/en", "/en/programmes"]) await expectPage(request, path, "en");
        await request.dispose();
      } finally {
        await server.stop();
      }
    });
  }
});

/** The address the audit trail shows for each entry about `subject` (an email; "" for none), read by a bureau admin. */
async function recordedAddresses(page: Page, subject: string): Promise<string[]> {
  await page.goto(`/en/admin/audit?subject=${encodeURIComponent(subject)}`);
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  return page.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelector("td:nth-child(2) span")?.textContent ?? ""));
}

/** A sign-up (a server action) and a failed sign-in (next-auth) for fresh emails, through the browser, with `headers` on every request. */
async function actAsVisitor(page: Page, headers: Record<string, string>) {
  await page.context().setExtraHTTPHeaders(headers);
  const signedUp = `ip-${test.info().workerIndex}-${Date.now()}@example.com`;
  await page.goto("/en/sign-up");
  await page.getByLabel("Name").fill("Ip Probe");
  await page.getByLabel("Email").fill(signedUp);
  await page.getByLabel("Password", { exact: true }).fill("a long enough phrase");
  await page.getByRole("checkbox", { name: /privacy notice/ }).check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("status")).toContainText(signedUp);

  const failed = `nobody-${signedUp}`;
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(failed);
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("The email or password is not right.")).toBeVisible();
  await page.context().setExtraHTTPHeaders({});
  return { signedUp, failed };
}

test.describe("the client's address", () => {
  test("bound to 127.0.0.1 with no proxy trusted: the socket's address, whatever the client sends", async ({ browser }) => {
    const server = await startServer("127.0.0.1");
    try {
      const page = await browser.newPage({ baseURL: server.origin });
      const { signedUp, failed } = await actAsVisitor(page, FORGED);
      await signInPage(page, DEMO.bureauAdmin, DEMO_PASSWORD);
      expect(await recordedAddresses(page, signedUp)).toEqual(["127.0.0.1"]); // account created
      expect(await recordedAddresses(page, failed)).toEqual(["127.0.0.1"]); // sign-in failed
      await page.close();
    } finally {
      await server.stop();
    }
  });

  test("behind one trusted proxy: the address that proxy appended, not what the client put before it", async ({ browser }) => {
    const server = await startServer("127.0.0.1", { TRUST_PROXY_HOPS: "1" });
    try {
      const page = await browser.newPage({ baseURL: server.origin });
      const { signedUp, failed } = await actAsVisitor(page, { ...FORGED, "x-forwarded-for": "198.51.100.66, 192.0.2.77" });
      await signInPage(page, DEMO.bureauAdmin, DEMO_PASSWORD);
      expect(await recordedAddresses(page, signedUp)).toEqual(["192.0.2.77"]);
      expect(await recordedAddresses(page, failed)).toEqual(["192.0.2.77"]);
      await page.close();
    } finally {
      await server.stop();
    }
  });

  test("under bare `next start`, which cannot see the socket: no address rather than a forged one", async ({ browser }) => {
    // localhost, not a loopback literal: Next's own server still has vercel/next.js#94745.
    const server = await startServer("localhost", {}, "next start");
    try {
      const page = await browser.newPage({ baseURL: server.origin });
      const { signedUp, failed } = await actAsVisitor(page, FORGED);
      await signInPage(page, DEMO.bureauAdmin, DEMO_PASSWORD);
      expect(await recordedAddresses(page, signedUp)).toEqual([""]);
      expect(await recordedAddresses(page, failed)).toEqual([""]);
      await page.close();
    } finally {
      await server.stop();
    }
  });
});

test("an address that cannot be decoded, or carries a null character, gets a 400 in the caller's language, never a 500", async ({ request }) => {
  const ZH = "网址无效";
  const EN = "This address is not valid";
  const cases: [string, string, Record<string, string>?][] = [
    ["/programmes/%ZZ", ZH],
    ["/programmes/%E0%A4%A", ZH],
    ["/en/programmes/%ZZ", EN],
    ["/institutions/%ED%A0%80", ZH], // a lone surrogate's bytes
    ["/programmes/%00", ZH],
    ["/en/admin/audit?actor=%00", EN],
    ["/api/v1/programmes/%ZZ", ZH],
    ["/api/v1/enrollments/a%00b/withdraw", EN, { "accept-language": "en" }],
  ];
  for (const [path, words, headers] of cases) {
    const response = await request.get(path, { maxRedirects: 0, headers });
    expect(response.status(), path).toBe(400);
    const body = await response.text();
    expect(body, path).toContain(words);
    if (path.startsWith("/api/")) expect(JSON.parse(body).error, path).toMatchObject({ code: "validation", fields: [{ path: "(url)", code: "address_invalid" }] });
  }
  // A bad encoding in the query string is the page's own business: the search just finds nothing.
  expect((await request.get("/programmes?q=%E0%A4%A")).status()).toBe(200);
});

test.describe("request bodies", () => {
  const EN_TOO_LARGE = "The request is too large: at most 64 KB";
  const tooLarge = (message: string) => ({ error: { code: "too_large", fields: [{ path: "(body)", code: "body_too_large", message }] } });

  /** POSTs `size` bytes of JSON in chunks, with no Content-Length (Transfer-Encoding: chunked), as a stream would. */
  function postChunked(url: string, size: number): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "accept-language": "en" } }, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => resolve({ status: response.statusCode!, body }));
      });
      outgoing.on("error", reject);
      const chunk = "x".repeat(8 * 1024);
      for (let sent = 0; sent < size; sent += chunk.length) outgoing.write(chunk);
      outgoing.end();
    });
  }

  test("API and sign-in bodies over 64 KB get a 413 in the API's error shape and the caller's language, chunked or not; smaller ones work", async ({ playwright, request, baseURL }) => {
    const session = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    await signInRequest(session, DEMO.learner); // next-auth reads the body the server read first
    const big = JSON.stringify({ name: "x".repeat(65 * 1024), expiresInDays: 30 });
    const refused = await session.post("/api/v1/me/tokens", { data: big, headers: { "content-type": "application/json", "accept-language": "en" } });
    expect(refused.status()).toBe(413);
    expect(await refused.json()).toEqual(tooLarge(EN_TOO_LARGE));
    const patch = await session.patch("/api/v1/me", { data: big, headers: { "content-type": "application/json" } });
    expect(patch.status()).toBe(413);
    expect(await patch.json()).toEqual(tooLarge("请求内容过大：最多 64 KB"));
    const signIn = await request.post("/api/auth/callback/credentials", { form: { email: DEMO.learner, password: "x".repeat(65 * 1024) }, maxRedirects: 0 });
    expect(signIn.status()).toBe(413);
    const chunked = await postChunked(`${baseURL}/api/v1/me/tokens`, 200 * 1024);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toEqual(tooLarge(EN_TOO_LARGE));

    const created = await session.post("/api/v1/me/tokens", { data: { name: "within the limit", expiresInDays: 30 } });
    expect(created.status()).toBe(201);
    expect((await created.json()).name).toBe("within the limit");
    await session.dispose();
  });

  test("a server action's body over 1 MB gets a 413, one that cannot be decoded a 400, in the page's language, never a 500", async ({ page, request, baseURL }) => {
    // The sign-up action as the browser sends it (which still works: its body passes through the same reading).
    let captured: Record<string, string> | undefined;
    let sentBody = "";
    await page.route("**/sign-up", async (route) => {
      if (route.request().method() === "POST") [captured, sentBody] = [route.request().headers(), route.request().postData() ?? ""];
      await route.continue();
    });
    const email = `body-${Date.now()}@example.com`;
    await page.goto("/en/sign-up");
    await page.getByLabel("Name").fill("Body Probe");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("a long enough phrase");
    await page.getByRole("checkbox", { name: /privacy notice/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("status")).toContainText(email);
    expect(captured?.["next-action"]).toBeTruthy();
    const headers = { "next-action": captured!["next-action"]!, "next-router-state-tree": captured!["next-router-state-tree"] ?? "", accept: "text/x-component", origin: baseURL! };
    const text = { ...headers, "content-type": "text/plain;charset=UTF-8" };
    const multipart = { ...headers, "content-type": "multipart/form-data; boundary=b0undary" };

    const cases: [string, Record<string, string>, string | Buffer, number, string][] = [
      ["/en/sign-up", text, `["${"x".repeat(1024 * 1024)}"]`, 413, "The request is too large: at most 1 MB"],
      ["/sign-up", text, `["${"x".repeat(1024 * 1024)}"]`, 413, "请求内容过大：最多 1 MB"],
      ["/en/sign-up", text, "garbage{{", 400, "The request's content could not be read"],
      ["/sign-up", text, "5", 400, "请求内容无法解读"],
      ["/sign-up", text, '["$1"]', 400, "请求内容无法解读"],
      ["/en/sign-up", multipart, "garbage", 400, "The request's content could not be read"],
      ["/en/sign-up", multipart, '--b0undary\r\nContent-Disposition: form-data; name="1"\r\n\r\nno root\r\n--b0undary--\r\n', 400, "The request's content could not be read"],
    ];
    for (const [path, caseHeaders, data, status, words] of cases) {
      const response = await request.post(path, { headers: caseHeaders, data });
      expect(response.status(), `${path} ${String(data).slice(0, 30)}`).toBe(status);
      expect(await response.text()).toBe(words);
    }

    // A decodable body whose name holds a lone surrogate (JSON "\ud800"): the action answers with
    // the field's error in the person's language.
    const surrogate = sentBody.replace("Body Probe", "Body \\ud800 Probe").replace(email, `surrogate-${email}`);
    expect(surrogate).toContain("\\ud800");
    const answered = await request.post("/en/sign-up", { headers: text, data: surrogate });
    expect(answered.status()).toBe(200);
    expect(await answered.text()).toContain("This contains a character that cannot be saved");
  });
});
