import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { NavLinks } from "./nav-links";
import { LanguageSwitch } from "./language-switch";
import { AccountLink, type HeaderAccount } from "./account-link";

export async function SiteHeader({ account }: { account: HeaderAccount | null }) {
  const t = await getTranslations();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-1 gap-y-1 sm:gap-x-4 px-4 py-2 sm:py-3">
        <Link href="/" className="me-auto flex min-h-11 items-center gap-2 font-semibold text-slate-900">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-700 text-sm text-white">
            {t("site.mark")}
          </span>
          <span className="hidden sm:inline">{t("site.name")}</span>
          {/* On the narrowest phones the mark stands alone, so the header stays one row. */}
          <span className="sr-only min-[400px]:not-sr-only sm:hidden">{t("site.shortName")}</span>
        </Link>
        <NavLinks />
        <AccountLink account={account} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
