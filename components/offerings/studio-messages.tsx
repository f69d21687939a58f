import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const NAMESPACES = ["validation", "enrollment", "mode", "admission", "auth"] as const;

/** The texts the offerings and questions editors need in the browser (and the application form their preview shows). */
export async function StudioMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const picked = {
    ...Object.fromEntries(NAMESPACES.map((ns) => [ns, messages[ns]])),
    studio: { offerings: messages.studio.offerings, questions: messages.studio.questions },
  };
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
