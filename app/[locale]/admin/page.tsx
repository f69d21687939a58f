import { redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { requireActor } from "@/lib/auth/pages";

export default async function AdminHome({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  await requireActor(locale, "bureau.review", "/admin");
  redirect(localePath(locale, "/admin/enrollments"));
}
