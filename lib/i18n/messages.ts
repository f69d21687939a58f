import type { Locale } from "./routing";
import { CATALOGUES, type Messages } from "./translator";

export type { Messages };

export async function loadMessages(locale: Locale): Promise<Messages> {
  return CATALOGUES[locale];
}
