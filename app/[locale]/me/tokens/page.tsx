import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { findApiTokens } from "@/lib/accounts/queries";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { CreateTokenForm, TokenList } from "@/components/accounts/tokens";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("account.tokens.title"));
}

export default async function TokensPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "account.manage", "/me/tokens");
  const tokens = await findApiTokens(actor.id);
  const t = await getTranslations({ locale, namespace: "account.tokens" });
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="text-slate-700">{t("description")}</p>
      {can(actor, "account.tokens.create") ? <CreateTokenForm /> : <p className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">{t("verifyFirst")}</p>}
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-lg font-semibold text-slate-900">{t("listTitle")}</h2>
        <TokenList tokens={tokens} now={new Date()} />
      </section>
    </>
  );
}
