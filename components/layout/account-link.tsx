import { getTranslations } from "next-intl/server";
import { UserRound } from "lucide-react";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { Link } from "@/lib/i18n/navigation";

/**
 * "Sign in", or the signed-in person's links. Rendered on the server: pages for anonymous people
 * are shared by caches, and signed-in requests are never cached (lib/http/cache-policy.ts).
 */
export async function AccountLink() {
  const [actor, t] = await Promise.all([getActor(), getTranslations("nav")]);
  const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:px-3";
  // On phones only the icon, so the header stays one row in both languages.
  if (!actor) {
    return (
      <Link href="/sign-in" className={linkClass} aria-label={t("signIn")}>
        <UserRound aria-hidden="true" className="size-4 sm:hidden" />
        <span className="hidden sm:inline">{t("signIn")}</span>
      </Link>
    );
  }
  return (
    <div className="flex items-center">
      {/* On phones administration is reached from the account menu, so the header stays one row. */}
      {can(actor, "admin.users.manage") && <Link href="/admin/users" className={`${linkClass} max-sm:hidden`}>{t("admin")}</Link>}
      <Link href="/me" className={linkClass} aria-label={`${t("account")}: ${actor.name}`}>
        <UserRound aria-hidden="true" className="size-4" />
        <span className="hidden max-w-32 truncate sm:inline">{actor.name}</span>
      </Link>
    </div>
  );
}
