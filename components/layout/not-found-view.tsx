import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";

export async function NotFoundView() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      {/* React hoists this into <head>; not-found pages cannot export metadata per locale. */}
      <title>{`${t("notFound.metaTitle")} | ${t("site.name")}`}</title>
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">404</p>
      <h1 className="mt-4 text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound.body")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Button asChild><Link href="/">{t("notFound.home")}</Link></Button>
        <Button asChild variant="secondary"><Link href="/programmes">{t("notFound.catalogue")}</Link></Button>
      </div>
    </div>
  );
}
