import { env } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";
import { isLocale } from "@/lib/i18n/routing";
import { apiError } from "@/lib/api/errors";
import { handle } from "@/lib/api/respond";
import { readCalendarFeedName } from "@/lib/enrollment/calendar-feed";
import { findCalendarFeedContent } from "@/lib/enrollment/queries";
import { personalCalendar } from "@/lib/enrollment/calendar";

export const dynamic = "force-dynamic";

/**
 * A person's private calendar feed, for calendar applications to poll: the address itself is the
 * credential (they send no cookies or tokens). A wrong, replaced or stopped address answers 404.
 */
export function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  return handle(async () => {
    const feed = readCalendarFeedName((await params).feed);
    if (!feed) return apiError("not_found");
    const content = await findCalendarFeedContent(feed.userId, feed.generation);
    if (!content) return apiError("not_found");
    const locale = isLocale(content.locale) ? content.locale : "zh-CN";
    const body = personalCalendar({
      enrollments: content.enrollments, drafts: content.drafts, locale, now: new Date(),
      urlOf: (slug) => `${env.SITE_URL}${localePath(locale, `/programmes/${slug}`)}`,
      enrollmentsUrl: `${env.SITE_URL}${localePath(locale, "/me/enrollments")}`,
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        // Personal: never kept by shared caches; calendar applications poll it anyway.
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      },
    });
  });
}
