import { describe, expect, it } from "vitest";
import { badAddressAnswer, isBadAddress } from "@/lib/http/bad-address";

describe("addresses the server refuses before the app sees them", () => {
  it.each([
    ["/programmes/%ZZ", true],
    ["/programmes/%E0%A4%A", true],
    ["/programmes/%ED%A0%80", true],
    ["/api/v1/programmes/a%00", true],
    ["/admin/audit?actor=%00", true],
    ["/programmes/%E5%AE%89%E5%85%A8", false],
    ["/programmes?q=%E0%A4%A", false],
    ["/programmes?q=%25", false],
    ["/", false],
  ])("%s: %s", (url, bad) => {
    expect(isBadAddress(url)).toBe(bad);
  });

  it("answers the API in its error shape and pages in text, in the caller's language", () => {
    const api = badAddressAnswer("/api/v1/programmes/%ZZ", "en-GB,en;q=0.9");
    expect(api.headers["Content-Type"]).toMatch(/^application\/json/);
    expect(JSON.parse(api.body).error.fields[0].message).toMatch(/^This address is not valid/);
    expect(JSON.parse(badAddressAnswer("/api/v1/programmes/%ZZ", undefined).body).error.fields[0].message).toMatch(/^网址无效/);
    expect(badAddressAnswer("/en/programmes/%ZZ", "zh-CN").body).toMatch(/^This address is not valid/);
    expect(badAddressAnswer("/programmes/%ZZ", "en").body).toMatch(/^网址无效/);
  });
});
