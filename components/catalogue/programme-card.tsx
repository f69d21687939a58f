import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { codeKey } from "@/lib/i18n/code-key";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { ProgrammeCard as ProgrammeCardData } from "@/lib/catalogue/queries";
import { Badge } from "@/components/ui/badge";
import { WindowBadge } from "./window-badge";
import { Fee } from "./fee";
import { dateFormat } from "@/lib/i18n/formats";

export async function ProgrammeCard({ programme, now }: { programme: ProgrammeCardData; now: Date }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const format = await getFormatter();
  const next = programme.offerings[0];
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-200 hover:shadow">
      <div className="mb-2 flex flex-wrap gap-1.5">
        <Badge tone="brand">{t(codeKey("kind", programme.kind))}</Badge>
        <Badge>{t(codeKey("area", programme.area))}</Badge>
        {programme.level ? <Badge>{t(codeKey("level", programme.level))}</Badge> : null}
      </div>
      <h3 className="text-base font-semibold leading-snug text-slate-900">
        {/* The whole card is clickable through this link's ::after; the link text stays the title. */}
        <Link href={`/programmes/${programme.slug}`} className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-800">
          {localized(locale, programme.titleZh, programme.titleEn)}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-600">{localized(locale, programme.institution.nameZh, programme.institution.nameEn)}</p>
      <p className="mt-2 line-clamp-3 text-sm text-slate-700">{localized(locale, programme.summaryZh, programme.summaryEn)}</p>
      <div className="mt-auto space-y-1.5 pt-3 text-sm">
        <p className="text-slate-700">
          {next ? t("catalogue.nextStart", { date: format.dateTime(next.startsAt, dateFormat(next.timeZone)) }) : t("catalogue.noUpcoming")}
        </p>
        <p className="flex items-center justify-between gap-2">
          <span className="font-medium text-slate-900">
            <Fee yuan={programme.feeYuan} perYear={programme.kind === "degree"} />
          </span>
          {next ? <WindowBadge offering={next} now={now} timeZone={next.timeZone} /> : null}
        </p>
      </div>
    </article>
  );
}
