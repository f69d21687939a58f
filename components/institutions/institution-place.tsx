import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { codeKey } from "@/lib/i18n/code-key";
import { countryName } from "@/lib/i18n/names";

/** "重庆市渝北区" / "Yubei, Chongqing" for local institutions, the country's name for overseas ones. */
export async function InstitutionPlace({ district, country }: { district: string | null; country: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  if (country !== "CN") return <>{countryName(locale, country)}</>;
  if (!district) return <>{t("site.city")}</>;
  return <>{t("institutions.place", { city: t("site.city"), district: t(codeKey("district", district)) })}</>;
}
