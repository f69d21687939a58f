import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { pageMetadata } from "@/lib/seo";
import { localePath } from "@/lib/i18n/paths";
import { pageParam, pageWindow } from "@/lib/ui/page-window";
import { contentLanguage, localized } from "@/lib/i18n/localized";

describe("localePath", () => {
  it("keeps Chinese unprefixed and puts English under /en", () => {
    expect(localePath("zh-CN", "/")).toBe("/");
    expect(localePath("zh-CN", "/programmes/x")).toBe("/programmes/x");
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/programmes/x")).toBe("/en/programmes/x");
  });
});

describe("pageMetadata", () => {
  it("gives a canonical URL, both languages as alternates and Open Graph data", () => {
    const meta = pageMetadata({ locale: "en", path: "/programmes", title: "Programmes", description: "d", siteName: "S" });
    expect(meta.alternates?.canonical).toBe("http://localhost:3000/en/programmes");
    expect(meta.alternates?.languages).toEqual({
      "zh-CN": "http://localhost:3000/programmes",
      en: "http://localhost:3000/en/programmes",
      "x-default": "http://localhost:3000/programmes",
    });
    expect(meta.openGraph).toMatchObject({ locale: "en_US", alternateLocale: ["zh_CN"], title: "Programmes", siteName: "S" });
  });
});

describe("parseEnv", () => {
  it("fills defaults when nothing is set, treating empty strings as unset", () => {
    expect(parseEnv({ SITE_URL: "", ICP_FILING: "" })).toMatchObject({
      DATABASE_URL: "postgresql://portal:portal@127.0.0.1:25432/portal",
      DATABASE_EMBEDDED: true,
      SITE_URL: "http://localhost:3000",
      ICP_FILING: "",
    });
  });

  it("names each bad variable and what it must be", () => {
    expect(() => parseEnv({ SITE_URL: "talent.example.cn", DATABASE_URL: "mysql://x" })).toThrowError(
      /SITE_URL: must be an absolute http\(s\) URL[\s\S]*DATABASE_URL: must be a PostgreSQL URL|DATABASE_URL: must be a PostgreSQL URL[\s\S]*SITE_URL: must be an absolute/,
    );
  });

  it("uses a configured server as it is, and the embedded one on its port otherwise", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://app:secret@db.internal:5432/portal" })).toMatchObject({
      DATABASE_URL: "postgres://app:secret@db.internal:5432/portal",
      DATABASE_EMBEDDED: false,
    });
    expect(parseEnv({ EMBEDDED_PG_PORT: "6543" })).toMatchObject({ DATABASE_URL: "postgresql://portal:portal@127.0.0.1:6543/portal", DATABASE_EMBEDDED: true });
    expect(() => parseEnv({ DATABASE_URL: "file:./data/portal.db" })).toThrowError(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "0" })).toThrowError(/DATABASE_POOL_SIZE: must be from 1 to 200/);
  });

  it("refuses a port that is not a number in range", () => {
    expect(() => parseEnv({ PORT: "http" })).toThrowError(/PORT: must be a port number/);
    expect(() => parseEnv({ PORT: "70000" })).toThrowError(/PORT: must be a port number from 1 to 65535/);
    expect(parseEnv({ PORT: "8080" }).PORT).toBe(8080);
  });

  it("drops a trailing slash from SITE_URL", () => {
    expect(parseEnv({ SITE_URL: "https://talent.example.cn/" }).SITE_URL).toBe("https://talent.example.cn");
  });
});

describe("pageWindow", () => {
  it("shows first, last and neighbours, with gaps only where pages are skipped", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, null, 5]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe("localized", () => {
  it("falls back to the other language when a translation is missing or blank", () => {
    expect(localized("en", "安全", "Security")).toBe("Security");
    expect(localized("en", "安全", "  ")).toBe("安全");
    expect(contentLanguage("en", "安全", "")).toBe("zh-CN");
    expect(localized("zh-CN", "", "Security")).toBe("Security");
    expect(contentLanguage("zh-CN", "安全", "")).toBe("zh-CN");
  });
});

describe("pageParam", () => {
  it.each([[undefined, 1], ["3", 3], ["0", 1], ["-4", 1], ["abc", 1], ["１", 1], ["99999", 1000], [["2", "5"], 2], ["2.9", 2]])("reads %j as page %i", (value, page) => {
    expect(pageParam(value)).toBe(page);
  });
});
