import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { codeKey } from "@/lib/i18n/code-key";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { countryName } from "@/lib/i18n/names";
import { isPublicInstitution } from "@/lib/catalogue/visibility";
import type { ProgrammeDetail } from "@/lib/catalogue/queries";
import { Fee } from "./fee";

/** The programme's key facts as a description list; kind-specific rows only where they apply. */
export async function ProgrammeFacts({ programme }: { programme: ProgrammeDetail }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const rows: [string, React.ReactNode][] = [
    [t("programme.kind"), t(codeKey("kind", programme.kind))],
    [t("programme.area"), t(codeKey("area", programme.area))],
  ];
  if (programme.level) rows.push([t("programme.level"), t(codeKey("level", programme.level))]);
  if (programme.award) rows.push([t("programme.award"), t(codeKey("award", programme.award))]);
  if (programme.track) rows.push([t("programme.track"), t(codeKey("track", programme.track))]);
  const months = programme.durationMonths;
  if (months) {
    // Years for anything of a year or more that is a whole or half year: "4 年", "2.5 years".
    const duration = months >= 12 && months % 6 === 0 ? t("programme.durationYears", { years: months / 12 }) : t("programme.durationMonthsOnly", { months });
    rows.push([t("programme.duration"), duration]);
  }
  if (programme.country) rows.push([t("programme.destination"), countryName(locale, programme.country)]);
  const host = programme.hostInstitution;
  if (host) {
    const name = localized(locale, host.nameZh, host.nameEn);
    rows.push([
      t("programme.host"),
      // A suspended host has no public page to link to.
      isPublicInstitution(host) ? (
        <Link key="host" href={`/institutions/${host.slug}`} className="text-brand-700 underline underline-offset-2">{name}</Link>
      ) : name,
    ]);
  }
  if (programme.funding) rows.push([t("programme.funding"), t(codeKey("funding", programme.funding))]);
  if (programme.employerRecommendation) rows.push([t("programme.employerRecommendation"), t("programme.employerRecommendationNeeded")]);
  if (programme.hours) rows.push([t("programme.hours"), t("programme.hoursValue", { count: programme.hours })]);
  const certificate = localized(locale, programme.certificateZh, programme.certificateEn);
  if (certificate) rows.push([t("programme.certificate"), certificate]);
  rows.push(
    [t("programme.mode"), t(codeKey("mode", programme.mode))],
    [t("programme.language"), t(codeKey("instructionLanguage", programme.language))],
    [t("programme.admission"), t(codeKey("admission", programme.admission))],
    [t("programme.fee"), <Fee key="fee" yuan={programme.feeYuan} perYear={programme.kind === "degree"} />],
  );
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-[7.5rem_1fr] gap-2 py-2">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
