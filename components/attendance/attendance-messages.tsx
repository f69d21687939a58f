import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** The texts the check-in pages' client parts need in the browser: their own, the states of a place, and the form rules. */
export async function AttendanceMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const picked = { studio: { attendance: messages.studio.attendance }, enrollment: { state: messages.enrollment.state }, validation: messages.validation };
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
