import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <title>{`${t("admin.forbidden.title")} | ${t("site.name")}`}</title>
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">403</p>
      <h1 className="mt-4 text-2xl font-bold">{t("admin.forbidden.title")}</h1>
      <p className="mt-2 text-slate-700">{t("admin.forbidden.text")}</p>
      <div className="mt-6 flex justify-center">
        <Button asChild><Link href="/">{t("notFound.home")}</Link></Button>
      </div>
    </div>
  );
}
