import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { authSecret } from "./secret";

// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): after a
// successful sign-in the browser gets a signed cookie naming the account. Attempts that carry a
// valid one for the account they try are not subject to the lockout that strangers' failures
// cause (per account and per address); they have a limit of their own, per cookie. So a stranger
// who keeps failing on someone's email locks out only strangers, never the owner's browsers.

/** Sent only to the sign-in endpoints (Path), never readable by scripts (HttpOnly). */
export const DEVICE_COOKIE = "portal-device";
const DEVICE_COOKIE_PATH = "/api/auth";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

export interface Device { userId: string; nonce: string }

const signature = (userId: string, nonce: string) => createHmac("sha256", authSecret()).update(`device:${userId}.${nonce}`).digest("base64url");

/** A new device token for `userId`: the account, a random nonce (names this device's own counter) and their signature. */
export function issueDeviceToken(userId: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${userId}.${nonce}.${signature(userId, nonce)}`;
}

/** The device a token stands for, or null when it is malformed or not signed with this portal's key. */
export function readDeviceToken(token: string | null | undefined): Device | null {
  const parts = token?.split(".");
  if (!parts || parts.length !== 3 || !/^[a-z0-9]{1,64}$/i.test(parts[0]) || !/^[\w-]{16,64}$/.test(parts[1])) return null;
  const [userId, nonce, given] = parts;
  const expected = Buffer.from(signature(userId, nonce));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? { userId, nonce } : null;
}

/** The Set-Cookie header value that keeps `token` in the browser. */
export function deviceCookieHeader(token: string): string {
  const secure = env.SITE_URL.startsWith("https://") ? "; Secure" : "";
  return `${DEVICE_COOKIE}=${token}; Path=${DEVICE_COOKIE_PATH}; Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}
