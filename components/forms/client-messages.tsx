import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const FORM_NAMESPACES = ["auth", "account", "admin", "validation", "languageName", "education", "level", "bureauRole", "institutionRole", "outboxStatus", "enrollment", "notifications", "institutions", "institutionKind", "institutionStatus", "district"] as const;

/** The texts the account and administration forms need in the browser. */
export async function FormMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(FORM_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
