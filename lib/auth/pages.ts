import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Metadata } from "next";
import { localePath } from "../i18n/paths";
import type { Locale } from "../i18n/routing";
import { can, type Action, type Actor } from "./policy";
import { getActor } from "./session";

/**
 * For pages: the signed-in actor allowed to do `action`. Anonymous people go to sign-in (and come
 * back afterwards); signed-in people without the right get a 403 page.
 */
export async function requireActor(locale: Locale, action: Action, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, returnTo))}`);
  if (!can(actor, action)) forbidden();
  return actor;
}

/** Metadata of a private page: its title, and kept out of search engines. */
export const privatePageMetadata = (title: string): Metadata => ({ title, robots: { index: false, follow: false } });
