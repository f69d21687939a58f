import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * The texts the staff page's and the invitation page's controls need in the browser: the staff
 * namespace and the shared ones its forms use (a nested provider replaces, not extends, the outer one).
 */
export async function StaffMessages({ children }: { children: ReactNode }) {
  const { validation, auth, account, institutionRole, studio } = await getMessages();
  return <NextIntlClientProvider messages={{ validation, auth, account, institutionRole, studio: { staff: studio.staff } }}>{children}</NextIntlClientProvider>;
}
