import { describe, expect, it } from "vitest";
import { institutions } from "@/prisma/seed/data/institutions";
import { experts } from "@/prisma/seed/data/experts";
import { programmes } from "@/prisma/seed/data/programmes";
import { parks } from "@/prisma/seed/data/parks";
import { targets } from "@/prisma/seed/data/targets";
import { AREAS, PROGRAMME_KINDS } from "@/lib/catalogue/codes";

// The demo data is what a newcomer sees first; it must cover the catalogue the issue describes.
const published = programmes.filter((p) => (p.status ?? "published") === "published");
const offerings = published.flatMap((p) => p.offerings.map((o) => ({ ...o, programme: p })));
const open = offerings.filter((o) => !o.cancelled && o.opensDay <= 0 && o.closesDay > 0);

describe("demo data", () => {
  it("has at least 8 institutions and 60 programmes over all four kinds and all twelve areas", () => {
    expect(institutions.length).toBeGreaterThanOrEqual(8);
    expect(published.length).toBeGreaterThanOrEqual(60);
    expect(new Set(published.map((p) => p.kind))).toEqual(new Set(PROGRAMME_KINDS));
    expect(new Set(published.map((p) => p.area))).toEqual(new Set(AREAS));
  });

  it("uses unique slugs and refers only to institutions and experts that exist", () => {
    for (const list of [institutions, experts, programmes, parks]) {
      const slugs = list.map((x) => x.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
    const institutionSlugs = new Set(institutions.map((i) => i.slug));
    const expertSlugs = new Set(experts.map((e) => e.slug));
    for (const p of programmes) {
      expect(institutionSlugs.has(p.institution), p.slug).toBe(true);
      if (p.hostInstitution) expect(institutions.find((i) => i.slug === p.hostInstitution)?.kind, p.slug).toBe("overseas-partner");
      for (const e of p.experts ?? []) expect(expertSlugs.has(e), `${p.slug} -> ${e}`).toBe(true);
      if (p.kind === "lecture") expect(p.experts?.length ?? 0, p.slug).toBeGreaterThan(0);
    }
  });

  it("has coherent offerings: window before the first session, sessions in order, seats within capacity", () => {
    for (const o of offerings) {
      const label = `${o.programme.slug}/${o.code}`;
      expect(o.sessions.length, label).toBeGreaterThan(0);
      expect(o.opensDay, label).toBeLessThanOrEqual(o.closesDay);
      expect(o.closesDay, label).toBeLessThanOrEqual(o.sessions[0].day);
      for (let i = 1; i < o.sessions.length; i++) expect(o.sessions[i].day, label).toBeGreaterThanOrEqual(o.sessions[i - 1].day);
      for (const s of o.sessions) expect(s.start < s.end, label).toBe(true);
      if (o.capacity !== undefined) expect(o.seatsTaken ?? 0, label).toBeLessThanOrEqual(o.capacity);
      else expect(o.seatsTaken ?? 0, label).toBe(0);
    }
    for (const p of published) expect(new Set(p.offerings.map((o) => o.code)).size, p.slug).toBe(p.offerings.length);
  });

  it("includes past and upcoming offerings, full ones, and windows closing within days", () => {
    expect(offerings.some((o) => o.sessions[o.sessions.length - 1].day < 0)).toBe(true);
    expect(offerings.some((o) => o.sessions[0].day > 0)).toBe(true);
    expect(open.filter((o) => o.capacity !== undefined && o.seatsTaken === o.capacity).length).toBeGreaterThanOrEqual(3);
    expect(open.filter((o) => o.closesDay <= 5).length).toBeGreaterThanOrEqual(3);
    expect(offerings.filter((o) => o.programme.kind === "lecture" && o.sessions[0].day >= 0 && o.sessions[0].day <= 30).length).toBeGreaterThanOrEqual(3);
  });

  it("is bilingual throughout", () => {
    for (const p of programmes) {
      for (const field of ["titleZh", "titleEn", "summaryZh", "summaryEn", "bodyZh", "bodyEn"] as const) {
        expect(p[field].trim().length, `${p.slug}.${field}`).toBeGreaterThan(0);
      }
      expect(p.titleZh).toMatch(/\p{Script=Han}/u);
    }
    for (const i of institutions) expect(i.nameZh && i.nameEn && i.summaryZh && i.summaryEn, i.slug).toBeTruthy();
  });

  it("carries the policy's 2007 targets", () => {
    const keys = targets.map((t) => `${t.key}:${t.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(targets.length).toBeGreaterThanOrEqual(10);
    expect(parks.some((p) => p.kind === "incubator")).toBe(true);
  });
});
