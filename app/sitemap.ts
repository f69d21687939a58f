import type { MetadataRoute } from "next";
import { findSitemapEntries } from "@/lib/catalogue/queries";
import { absoluteUrl } from "@/lib/seo";
import { localePath } from "@/lib/i18n/paths";
import { LOCALES } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { programmes, institutions } = await findSitemapEntries();
  // Every page in every language is its own entry, each naming all its language versions.
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap =>
    LOCALES.map((locale) => ({
      url: absoluteUrl(localePath(locale, path)),
      lastModified,
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, absoluteUrl(localePath(l, path))])) },
    }));
  return [
    ...entry("/"),
    ...entry("/programmes"),
    ...entry("/institutions"),
    ...entry("/api-docs"),
    ...programmes.flatMap((p) => entry(`/programmes/${p.slug}`, p.updatedAt)),
    ...institutions.flatMap((i) => entry(`/institutions/${i.slug}`, i.updatedAt)),
  ];
}
