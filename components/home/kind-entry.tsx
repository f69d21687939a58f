import { getTranslations } from "next-intl/server";
import { GraduationCap, Mic, Plane, Wrench, type LucideIcon } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";
import type { ProgrammeKind } from "@/lib/catalogue/codes";

const ICONS: Record<ProgrammeKind, LucideIcon> = { degree: GraduationCap, training: Wrench, overseas: Plane, lecture: Mic };

export async function KindEntry({ kind, count }: { kind: ProgrammeKind; count: number }) {
  const t = await getTranslations();
  const Icon = ICONS[kind];
  return (
    <li className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-200 hover:shadow">
      <span aria-hidden="true" className="grid size-10 place-items-center rounded-lg bg-brand-50 text-brand-700">
        <Icon className="size-5" strokeWidth={2} />
      </span>
      <h3 className="mt-3 font-semibold">
        <Link href={`/programmes?kind=${kind}`} className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-800">
          {t(`kind.${kind}`)}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t(`kindDescription.${kind}`)}</p>
      <p className="mt-2 text-sm font-medium text-brand-700">{t("home.programmeCount", { count })}</p>
    </li>
  );
}
