import { getTranslations } from "next-intl/server";
import { Bell, UserRound } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";

/** What the header shows of the signed-in person (the layout reads it). */
export interface HeaderAccount { name: string; unread: number; admin: boolean }

/**
 * "Sign in", or the signed-in person's links. Rendered on the server: pages for anonymous people
 * are shared by caches, and signed-in requests are never cached (lib/http/cache-policy.ts).
 */
export async function AccountLink({ account: actor }: { account: HeaderAccount | null }) {
  const t = await getTranslations("nav");
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
  const { unread } = actor;
  const badge = unread > 0 && (
    <span aria-hidden="true" className="absolute end-1 top-1.5 grid min-w-4 place-items-center rounded-full bg-red-600 px-1 text-[10px] font-bold leading-4 text-white">
      {unread > 99 ? "99+" : unread}
    </span>
  );
  return (
    <div className="flex items-center">
      {/*
        Phones have room for one icon and keep the header one row: the account icon, carrying the
        unread count and opening the notifications (or, with none, one's applications); the account
        menu there leads to everything else, administration included. From small screens up: the
        bell, administration and the name.
      */}
      <Link
        href={unread ? "/me/notifications" : "/me/enrollments"}
        className={`${linkClass} relative sm:hidden`}
        aria-label={unread ? t("accountWithUnread", { count: unread }) : t("account")}
      >
        <UserRound aria-hidden="true" className="size-4" />
        {badge}
      </Link>
      <Link href="/me/notifications" className={`${linkClass} relative max-sm:hidden`} aria-label={unread ? t("notificationsCount", { count: unread }) : t("notifications")}>
        <Bell aria-hidden="true" className="size-4" />
        {badge}
      </Link>
      {actor.admin && <Link href="/admin/enrollments" className={`${linkClass} max-sm:hidden`}>{t("admin")}</Link>}
      <Link href="/me" className={`${linkClass} max-sm:hidden`} aria-label={`${t("account")}: ${actor.name}`}>
        <UserRound aria-hidden="true" className="size-4" />
        <span className="max-w-32 truncate">{actor.name}</span>
      </Link>
    </div>
  );
}
