import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const EDITOR_NAMESPACES = [
  "studio", "validation", "kind", "kindDescription", "area", "level", "mode", "admission", "instructionLanguage", "award", "track", "funding",
] as const;

/** The texts the programme editor's forms need in the browser: its own, the validation messages and the catalogue's code names. */
export async function EditorMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(EDITOR_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
