import type { Locale } from "./routing";

/** A country's name in the reader's language; the code itself if the platform does not know it. */
export function countryName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    // Bad data (e.g. "IRL" instead of "IE") must not take the page down.
    return code;
  }
}

/** "中国标准时间" / "China Standard Time", from the platform's time-zone data. */
export function timeZoneName(locale: Locale, timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(new Date());
    return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
