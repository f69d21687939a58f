// iCalendar for enrollments (RFC 5545, written by ical-generator): one event per session of a
// confirmed enrollment, in UTC so every calendar application shows local times correctly.
import ical from "ical-generator";
import { localized } from "../i18n/localized";
import type { Locale } from "../i18n/routing";
import type { EnrollmentView } from "./queries";

export function enrollmentCalendar(enrollment: EnrollmentView, locale: Locale, programmeUrl: string, calendarName: string): string {
  const calendar = ical({ name: calendarName, prodId: { company: "cq-software-talent-portal", product: "enrollments", language: locale === "en" ? "EN" : "ZH" } });
  const p = enrollment.offering.programme;
  const title = localized(locale, p.titleZh, p.titleEn);
  enrollment.offering.sessions.forEach((s, i) => {
    calendar.createEvent({
      id: `${enrollment.id}-${i}@cq-software-talent-portal`,
      start: s.startsAt,
      end: s.endsAt,
      summary: enrollment.offering.sessions.length > 1 ? `${title} (${i + 1}/${enrollment.offering.sessions.length})` : title,
      location: localized(locale, s.venueZh, s.venueEn) || s.url || undefined,
      description: localized(locale, p.institution.nameZh, p.institution.nameEn),
      url: programmeUrl,
    });
  });
  return calendar.toString();
}
