import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { monthDayFormat } from "@/lib/i18n/formats";
import { enrollmentWindowState, hasEnded, type WindowInput } from "@/lib/catalogue/window";

/** The state of an offering's enrollment window as a short badge (opens on..., open, closes in N days, closed, full). */
export async function WindowBadge({ offering, now, timeZone }: { offering: WindowInput; now: Date; timeZone: string }) {
  const t = await getTranslations("window");
  const format = await getFormatter();
  const state = enrollmentWindowState(offering, now);
  let tone: BadgeTone = "neutral";
  let text: string;
  switch (state.kind) {
    case "cancelled":
      tone = "danger";
      text = t("cancelled");
      break;
    case "not-yet-open":
      tone = "brand";
      text = t("notYetOpen", { date: format.dateTime(state.opensAt, monthDayFormat(timeZone)) });
      break;
    case "open":
      tone = state.closingSoon ? "warning" : "success";
      text = state.closingSoon ? t("closesIn", { days: state.closesInDays }) : t("open");
      break;
    case "full":
      tone = "danger";
      text = t("full");
      break;
    case "closed":
      tone = "muted";
      text = hasEnded(offering, now) ? t("ended") : t("closed");
      break;
  }
  return <Badge tone={tone}>{text}</Badge>;
}
