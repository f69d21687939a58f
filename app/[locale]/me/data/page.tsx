import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { Button } from "@/components/ui/button";
import { DeleteAccountForm } from "@/components/accounts/delete-account-form";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("account.data.title"));
}

export default async function DataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireActor(locale, "account.manage", "/me/data");
  const t = await getTranslations({ locale, namespace: "account.data" });
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <section aria-labelledby="export-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="export-heading" className="text-lg font-semibold text-slate-900">{t("exportTitle")}</h2>
        <p className="text-slate-700">{t("exportText")}</p>
        <Button asChild variant="secondary">
          {/* A plain link: the browser downloads the file the API sends as an attachment. */}
          <a href="/api/v1/me/export" download>{t("download")}</a>
        </Button>
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3 rounded-xl border border-red-200 bg-white p-4 sm:p-6">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-800">{t("deleteTitle")}</h2>
        <p className="text-slate-700">{t("deleteText")}</p>
        <DeleteAccountForm />
      </section>
    </>
  );
}
