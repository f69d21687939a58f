import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret";
import { env } from "../env";

// The private calendar feed's address: /api/v1/calendar/{userId}.{generation}.{mac}.ics, where
// the mac is keyed with the server's secret. Nothing secret is stored: the database keeps only
// the generation, and replacing or stopping the feed changes it, so old addresses stop working.

const mac = (userId: string, generation: number) =>
  createHmac("sha256", authSecret()).update(`calendar-feed:${userId}:${generation}`).digest("base64url").slice(0, 32);

export function calendarFeedUrl(userId: string, generation: number): string {
  return `${env.SITE_URL}/api/v1/calendar/${userId}.${generation}.${mac(userId, generation)}.ics`;
}

/** The last segment of a feed address, `{userId}.{generation}.{mac}.ics` (also in the OpenAPI document). */
export const CALENDAR_FEED_NAME = /^([a-z0-9]{1,40})\.([1-9][0-9]{0,8})\.([A-Za-z0-9_-]{32})\.ics$/;

/** The owner and generation a feed address claims, when its mac is right (the generation is checked against the database by the caller). */
export function readCalendarFeedName(name: string): { userId: string; generation: number } | null {
  const match = CALENDAR_FEED_NAME.exec(name);
  if (!match) return null;
  const [, userId, gen, given] = match;
  const generation = Number(gen);
  const expected = Buffer.from(mac(userId!, generation));
  const actual = Buffer.from(given!);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? { userId: userId!, generation } : null;
}
