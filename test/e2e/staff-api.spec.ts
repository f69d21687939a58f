import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEMO, signInRequest } from "./support/accounts";

// Issue 12, the staff API through the real server, with a personal token as a college's own
// script would use it: a programme from draft to public, an offering with a weekly series, its
// capacity and its cancellation; the server's body limit; and a cookie write from another site.

const college = "/api/v1/institutions/cq-national-software-college/programmes";
const pad = (n: number) => String(n).padStart(2, "0");
/** A local date-time `n` days from now ("YYYY-MM-DDTHH:mm", at 09:00), as the offering's zone reads it. */
const at = (n: number, time = "09:00") => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${time}`;
};

test("a personal token creates, publishes and runs a programme through the staff API", async ({ baseURL }) => {
  const session = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  await signInRequest(session, DEMO.staffA);
  const created = await (await session.post("/api/v1/me/tokens", { data: { name: "timetable script", expiresInDays: 30 } })).json();
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${created.token}`, "accept-language": "en" } });
  const run = Date.now().toString(36);

  const draft = await api.post(college, { data: { kind: "training", area: "quality", titleZh: `软件测试实训 ${run}`, titleEn: `Software testing ${run}` } });
  expect(draft.status()).toBe(201);
  const { id, version, completeness } = await draft.json();
  expect(draft.headers().location).toBe(`${college}/${id}`);
  expect(completeness.ready).toBe(false);

  const fields = (await (await api.get(`${college}/${id}`)).json()).fields;
  const saved = await api.put(`${college}/${id}`, {
    data: {
      ...fields, version, summaryZh: "面向测试工程师", summaryEn: "For test engineers", bodyZh: "## 内容\n自动化测试", bodyEn: "## Content\nTest automation",
      certificateZh: "结业证书", certificateEn: "Certificate of completion", hours: 32, track: "vocational", level: "mid",
    },
  });
  expect(saved.status()).toBe(200);
  const published = await api.post(`${college}/${id}/publish`, { data: { version: (await saved.json()).version } });
  expect(published.status()).toBe(200);
  const { slug, status } = await published.json();
  expect(status).toBe("published");
  expect((await api.get(`/api/v1/programmes/${slug}`)).status()).toBe(200);

  const offering = await api.post(`${college}/${id}/offerings`, { data: { code: `run-${run}`, startsAt: at(60), endsAt: at(61), opensAt: at(-1), closesAt: at(59), capacity: 20 } });
  expect(offering.status()).toBe(201);
  const offeringId = (await offering.json()).id;
  const series = await api.post(`/api/v1/offerings/${offeringId}/sessions`, { data: { series: { firstDate: at(60).slice(0, 10), startTime: "19:00", durationMinutes: 90, weeks: 6 } } });
  expect(series.status()).toBe(201);
  expect((await series.json()).added).toBe(6);
  expect((await (await api.put(`/api/v1/offerings/${offeringId}/capacity`, { data: { capacity: 12 } })).json()).capacity).toBe(12);
  const detail = await (await api.get(`/api/v1/programmes/${slug}`)).json();
  expect(detail.offerings[0]).toMatchObject({ capacity: 12, window: "open" });
  expect(detail.offerings[0].sessions).toHaveLength(6);

  // A body over the server's limit is refused before the route reads it.
  const huge = await api.put(`${college}/${id}`, { data: { ...fields, bodyEn: "x".repeat(70 * 1024), version } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("too_large");

  // The same write with the session cookie from another site is refused; from the portal's own pages it works.
  const evil = await session.post(`/api/v1/offerings/${offeringId}/cancel`, { data: { reasonZh: "取消", reasonEn: "Cancelled" }, headers: { origin: "https://evil.example" } });
  expect(evil.status()).toBe(403);
  const cancelled = await api.post(`/api/v1/offerings/${offeringId}/cancel`, { data: { reasonZh: "讲师无法到场", reasonEn: "The trainer cannot come" } });
  expect(cancelled.status()).toBe(200);
  expect((await cancelled.json()).offering).toMatchObject({ status: "cancelled", cancelReason: { zh: "讲师无法到场", en: "The trainer cannot come" } });

  // Leave the demo data as it was for the other tests: the programme archived, the token revoked.
  const now = (await (await api.get(`${college}/${id}`)).json()).version;
  expect((await api.post(`${college}/${id}/archive`, { data: { version: now } })).status()).toBe(200);
  expect((await api.get(`/api/v1/programmes/${slug}`)).status()).toBe(404);
  expect((await session.delete(`/api/v1/me/tokens/${created.id}`)).status()).toBe(204);
  expect((await api.get(college)).status()).toBe(401);
  await api.dispose();
  await session.dispose();
});
