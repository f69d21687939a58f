import { codeKey } from "@/lib/i18n/code-key";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ProgrammeKind } from "@/lib/catalogue/codes";

const ICONS: Record<ProgrammeKind, string> = { degree: "🎓", training: "🛠️", overseas: "✈️", lecture: "🎤" };

export async function KindEntry({ kind, count }: { kind: ProgrammeKind; count: number }) {
  const t = await getTranslations();
  return (
    <li className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-200 hover:shadow">
      <span aria-hidden="true" className="text-2xl">{ICONS[kind]}</span>
      <h3 className="mt-2 font-semibold">
        <Link href={`/programmes?kind=${kind}`} className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-800">
          {t(codeKey("kind", kind))}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t(`kindDescription.${kind}`)}</p>
      <p className="mt-2 text-sm font-medium text-brand-700">{t("home.programmeCount", { count })}</p>
    </li>
  );
}
