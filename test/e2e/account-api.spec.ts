import fc from "fast-check";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEMO, signInRequest } from "./support/accounts";

test("a personal token reads and updates the profile through the API, but cannot mint tokens", async ({ baseURL }) => {
  const session = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  await signInRequest(session, "learner.en@example.com");
  const created = await session.post("/api/v1/me/tokens", { data: { name: "script", expiresInDays: "90" } });
  expect(created.status()).toBe(201);
  const { token, prefix } = await created.json();
  expect(token.startsWith(prefix)).toBe(true);

  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const me = await api.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(me.headers()["cache-control"]).toBe("private, no-store");
  const profile = await me.json();
  expect(profile).toMatchObject({ email: "learner.en@example.com", locale: "en", roles: { bureau: null, institutions: [] } });

  const updated = await api.patch("/api/v1/me", { data: { ...profile, employer: "Chongqing Robotics", phone: "+44 7911 123456" } });
  expect(updated.status()).toBe(200);
  expect(await updated.json()).toMatchObject({ employer: "Chongqing Robotics", phone: "+447911123456" });

  const bad = await api.patch("/api/v1/me", { data: { ...profile, phone: "12", yearsExperience: 200 }, headers: { "accept-language": "zh-CN" } });
  expect(bad.status()).toBe(400);
  const { error } = await bad.json();
  expect(error.code).toBe("validation");
  expect(error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["phone", "yearsExperience"]);
  expect(error.fields.find((f: { path: string }) => f.path === "yearsExperience").message).toBe("请输入 0 到 70 之间的整数");
  expect((await (await api.get("/api/v1/me")).json()).employer).toBe("Chongqing Robotics"); // nothing changed

  expect((await api.post("/api/v1/me/tokens", { data: { name: "more", expiresInDays: 30 } })).status()).toBe(403);
  expect((await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: "Bearer cqp_not-a-real-token" } }).then((c) => c.get("/api/v1/me"))).status()).toBe(401);
  await api.dispose();
  await session.dispose();
});

test("a cross-origin write with the session cookie is refused and changes nothing", async ({ baseURL }) => {
  const session = await playwrightRequest.newContext({ baseURL });
  await signInRequest(session, DEMO.staffB);
  const before = (await (await session.get("/api/v1/me/tokens")).json()).items.length;
  const refused = await session.post("/api/v1/me/tokens", { data: { name: "evil", expiresInDays: 30 }, headers: { origin: "https://evil.example" } });
  expect(refused.status()).toBe(403);
  const patched = await session.patch("/api/v1/me", { data: { name: "pwned", locale: "en" }, headers: { origin: "https://evil.example" } });
  expect(patched.status()).toBe(403);
  expect((await (await session.get("/api/v1/me/tokens")).json()).items.length).toBe(before);
  expect((await (await session.get("/api/v1/me")).json()).name).toBe("陈刚");
  await session.dispose();
});

test("a cookie-carried write whose Origin only matches a forged X-Forwarded-Host, or another port or scheme of this host, is refused with 403", async ({ baseURL }) => {
  const session = await playwrightRequest.newContext({ baseURL });
  await signInRequest(session, DEMO.staffB);
  const before = (await (await session.get("/api/v1/me/tokens")).json()).items.length;
  const site = new URL(baseURL!);
  const otherPort = `http://${site.hostname}:${Number(site.port) + 1}`;
  const otherScheme = `https://${site.host}`;
  const forged: Record<string, string>[] = [
    // The suite's server trusts no proxy: these headers are the client's own words.
    { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    { origin: "http://evil.example", "x-forwarded-host": "evil.example" },
    { origin: otherPort },
    { origin: otherPort, "x-forwarded-host": new URL(otherPort).host },
    { origin: otherScheme },
    { origin: otherScheme, "x-forwarded-proto": "https" },
  ];
  for (const headers of forged) {
    const refused = await session.post("/api/v1/me/tokens", { data: { name: "evil", expiresInDays: 30 }, headers });
    expect(refused.status(), JSON.stringify(headers)).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");
  }
  expect((await session.post("/api/v1/me/tokens", { data: { name: "own", expiresInDays: 30 }, headers: { origin: site.origin } })).status()).toBe(201);
  expect((await (await session.get("/api/v1/me/tokens")).json()).items.length).toBe(before + 1);
  await session.dispose();
});

test("random and hostile bodies and credentials never get a 5xx from the account endpoints", async ({ baseURL }) => {
  const session = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  await signInRequest(session, DEMO.bureauReviewer);
  const profileBefore = await (await session.get("/api/v1/me")).json();
  const tokensBefore = (await (await session.get("/api/v1/me/tokens")).json()).items.length;
  const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("", "\u0000", "<script>", "x".repeat(3000), "+86", "zh-CN"));
  const body = fc.oneof(fc.dictionary(fc.constantFrom("name", "phone", "locale", "yearsExperience", "education", "expiresInDays", "employer", "talentLevel", "__proto__"), value), fc.jsonValue(), fc.string());
  const anonymous = await playwrightRequest.newContext({ baseURL });
  let runs = 0;
  let created = 0;
  await fc.assert(
    fc.asyncProperty(body, async (data) => {
      runs++;
      const patch = await session.patch("/api/v1/me", { data: typeof data === "string" ? data : JSON.stringify(data), headers: { "content-type": "application/json" } });
      expect([200, 400]).toContain(patch.status());
      if (patch.status() === 400) expect((await patch.json()).error.code).toBe("validation");
      const post = await session.post("/api/v1/me/tokens", { data: typeof data === "string" ? data : JSON.stringify(data), headers: { "content-type": "application/json" } });
      expect([201, 400]).toContain(post.status());
      if (post.status() === 201) created++;
      const { csrfToken } = await (await anonymous.get("/api/auth/csrf")).json();
      const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v) ?? "");
      const email = text((data as Record<string, unknown> | null)?.name ?? data);
      const signIn = await anonymous.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: text(data), json: "true" }, maxRedirects: 0 });
      expect(signIn.status()).toBeLessThan(500);
    }),
    { numRuns: 40 },
  );
  expect(runs).toBe(40);
  expect((await (await session.get("/api/v1/me/tokens")).json()).items.length).toBe(tokensBefore + created);
  // The profile either kept its values or took a valid update; its email never changes here.
  expect((await (await session.get("/api/v1/me")).json()).email).toBe(profileBefore.email);
  await session.dispose();
  await anonymous.dispose();
});

test("a server action posted from another site is refused and creates nothing", async ({ page, request, baseURL }) => {
  // Capture the sign-up action exactly as the browser sends it, then replay it from a foreign origin.
  let captured: { headers: Record<string, string>; body: string } | undefined;
  await page.route("**/sign-up", async (route) => {
    if (route.request().method() === "POST") captured = { headers: route.request().headers(), body: route.request().postData() ?? "" };
    await route.continue();
  });
  const email = `origin-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("姓名").fill("同源测试");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码", { exact: true }).fill("same origin only please");
  await page.getByRole("checkbox", { name: /个人信息保护声明/ }).check();
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("status")).toContainText(email);
  expect(captured?.headers["next-action"]).toBeTruthy();

  const forged = `forged-${Date.now()}@example.com`;
  const replay = await request.post("/sign-up", {
    headers: { ...captured!.headers, origin: "https://evil.example", host: new URL(baseURL!).host },
    data: captured!.body.replace(email, forged),
  });
  expect(replay.status()).toBe(403);
  // Nor does a forged X-Forwarded-Host naming the foreign origin make it look like this site.
  const forgedHost = await request.post("/sign-up", {
    headers: { ...captured!.headers, origin: "https://evil.example", host: new URL(baseURL!).host, "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    data: captured!.body.replace(email, forged),
  });
  expect(forgedHost.status()).toBe(403);
  const admin = await playwrightRequest.newContext({ baseURL });
  await signInRequest(admin, DEMO.bureauAdmin);
  const list = await (await admin.get(`/admin/users?q=${encodeURIComponent(forged)}`)).text();
  expect(list).toContain("共 0 条");
  expect(await (await admin.get(`/admin/users?q=${encodeURIComponent(email)}`)).text()).toContain("共 1 条");
  await admin.dispose();
});
