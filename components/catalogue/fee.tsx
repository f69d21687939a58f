import { getFormatter, getTranslations } from "next-intl/server";

export async function Fee({ yuan, perYear = false }: { yuan: number; perYear?: boolean }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (yuan === 0) return <>{t("catalogue.free")}</>;
  const amount = format.number(yuan, { style: "currency", currency: "CNY", maximumFractionDigits: 0 });
  return <>{perYear ? t("programme.feePerYear", { fee: amount }) : amount}</>;
}
