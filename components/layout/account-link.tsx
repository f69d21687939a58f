import { getTranslations } from "next-intl/server";
import { Bell, UserRound } from "lucide-react";
import { countUnread } from "@/lib/notifications/queries";
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
  const unread = await countUnread(actor.id);
  return (
    <div className="flex items-center">
      <Link href="/me/notifications" className={`${linkClass} relative`} aria-label={unread ? t("notificationsCount", { count: unread }) : t("notifications")}>
        <Bell aria-hidden="true" className="size-4" />
        {unread > 0 && (
          <span aria-hidden="true" className="absolute end-1 top-1.5 grid min-w-4 place-items-center rounded-full bg-red-600 px-1 text-[10px] font-bold leading-4 text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </Link>
      {/* On phones administration is reached from the account menu, so the header stays one row. */}
      {can(actor, "bureau.review") && <Link href="/admin/enrollments" className={`${linkClass} max-sm:hidden`}>{t("admin")}</Link>}
      <Link href="/me" className={`${linkClass} max-sm:hidden`} aria-label={`${t("account")}: ${actor.name}`}>
        <UserRound aria-hidden="true" className="size-4" />
        <span className="hidden max-w-32 truncate sm:inline">{actor.name}</span>
      </Link>
    </div>
  );
}
