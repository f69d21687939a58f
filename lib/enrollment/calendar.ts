// iCalendar for enrollments (RFC 5545, written by ical-generator), in UTC so every calendar
// application shows local times correctly: one event per session of a confirmed enrollment (with
// its check-in code, lib/attendance/code.ts), and in the private feed also the deadlines a person
// must not miss (an offer to accept, an enrollment window closing on an application or a draft).
import ical, { ICalAlarmType, type ICalCalendar } from "ical-generator";
import { translator } from "../i18n/translator";
import { localized } from "../i18n/localized";
import type { Locale } from "../i18n/routing";
import type { EnrollmentView } from "./queries";
import { env } from "../env";
import { localePath } from "../i18n/paths";
import { checkInCodeOf } from "../attendance/code";

const UID = "@cq-software-talent-portal";
const HOUR = 3_600;

function calendarOf(locale: Locale, name: string, product: string): ICalCalendar {
  return ical({ name, prodId: { company: "cq-software-talent-portal", product, language: locale === "en" ? "EN" : "ZH" } });
}

function addSessions(calendar: ICalCalendar, enrollment: EnrollmentView, locale: Locale, programmeUrl: string) {
  const p = enrollment.offering.programme;
  const title = localized(locale, p.titleZh, p.titleEn);
  const count = enrollment.offering.sessions.length;
  // The check-in code to show at the door: typed out, and where its QR code opens on the portal.
  const code = checkInCodeOf(enrollment);
  const t = translator(locale, "enrollment.calendar");
  const description = [
    localized(locale, p.institution.nameZh, p.institution.nameEn),
    ...(code ? [t("checkIn", { id: code.short }), t("checkInLink", { where: `${env.SITE_URL}${localePath(locale, "/me/enrollments")}?show=${enrollment.id}#check-in-${enrollment.id}` })] : []),
  ].join("\n");
  enrollment.offering.sessions.forEach((s, i) => {
    calendar.createEvent({
      id: `${enrollment.id}-${i}${UID}`,
      start: s.startsAt,
      end: s.endsAt,
      summary: count > 1 ? `${title} (${i + 1}/${count})` : title,
      // Links are here only for confirmed places (lib/enrollment/queries.ts leaves them out otherwise).
      location: localized(locale, s.venueZh ?? enrollment.offering.venueZh, s.venueEn ?? enrollment.offering.venueEn) || s.url || undefined,
      description: [description, s.url].filter(Boolean).join("\n"),
      url: programmeUrl,
    });
  });
}

/** The sessions of one confirmed enrollment (the per-enrollment .ics download). */
export function enrollmentCalendar(enrollment: EnrollmentView, locale: Locale, programmeUrl: string, calendarName: string): string {
  const calendar = calendarOf(locale, calendarName, "enrollments");
  addSessions(calendar, enrollment, locale, programmeUrl);
  return calendar.toString();
}

/** The offering of a draft application. */
export interface FeedDraft { id: string; closesAt: Date; programme: { slug: string; titleZh: string; titleEn: string } }

/**
 * The private feed: sessions of confirmed places, the deadline of an offered place, and the
 * closing of the enrollment window for applications still open and drafts not yet submitted
 * (the caller passes only drafts that can still be sent).
 */
export function personalCalendar(input: {
  enrollments: EnrollmentView[]; drafts: FeedDraft[]; locale: Locale; now: Date; urlOf: (programmeSlug: string) => string; enrollmentsUrl: string;
}): string {
  const { locale, now } = input;
  const t = translator(locale, "enrollment.calendar");
  const calendar = calendarOf(locale, t("feedName"), "calendar-feed");
  const deadline = (id: string, at: Date, summary: string, description: string, url: string, warnHours: number) =>
    calendar.createEvent({
      id: `${id}${UID}`, start: new Date(at.getTime() - 30 * 60_000), end: at, summary, description, url,
      alarms: [{ type: ICalAlarmType.display, trigger: warnHours * HOUR, description: summary }],
    });
  for (const e of input.enrollments) {
    const p = e.offering.programme;
    const title = localized(locale, p.titleZh, p.titleEn);
    if (e.state === "confirmed") addSessions(calendar, e, locale, input.urlOf(p.slug));
    else if (e.state === "offered" && e.offerExpiresAt && e.offerExpiresAt > now) {
      deadline(`${e.id}-offer`, e.offerExpiresAt, t("offerExpires", { programme: title }), t("offerExpiresText"), input.enrollmentsUrl, 6);
    } else if ((e.state === "submitted" || e.state === "waitlisted") && e.offering.closesAt > now) {
      deadline(`${e.id}-closes`, e.offering.closesAt, t("closes", { programme: title }), t("closesText"), input.urlOf(p.slug), 24);
    }
  }
  for (const d of input.drafts) {
    const title = localized(locale, d.programme.titleZh, d.programme.titleEn);
    deadline(`${d.id}-draft`, d.closesAt, t("draftCloses", { programme: title }), t("draftClosesText"), input.urlOf(d.programme.slug), 48);
  }
  return calendar.toString();
}
