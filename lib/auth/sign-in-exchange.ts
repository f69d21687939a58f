import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { NextRequest } from "next/server";
import { DEVICE_COOKIE, deviceCookieHeader } from "./device";

// What next-auth's credentials callback cannot say itself: its answers to a failed sign-in are a
// redirect or JSON naming the error, always 401, and it knows nothing of our device cookie. The
// route (app/api/auth/[...nextauth]/route.ts) runs next-auth inside an exchange that authorize
// (lib/auth/options.ts) reads the device cookie from and writes its outcome to; the answer is
// then a 429 with Retry-After when throttled, and carries a new device cookie after a success.

interface SignInExchange {
  /** The device cookie the browser sent. */
  readonly deviceToken: string | null;
  /** Throttled: seconds until the window ends. */
  retryAfterSeconds?: number;
  /** Signed in: the device cookie to keep. */
  newDeviceToken?: string;
}

const exchanges = new AsyncLocalStorage<SignInExchange>();

/** The sign-in exchange of this request, when it is one of next-auth's routes. */
export const currentSignIn = (): SignInExchange | undefined => exchanges.getStore();

type NextAuthRoute = (request: NextRequest, context: { params: { nextauth: string[] } }) => Promise<Response>;

/** next-auth's route handler, with throttled sign-ins answered 429 and trusted devices remembered. */
export function withSignInAnswers(handler: NextAuthRoute) {
  return async (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> => {
    const exchange: SignInExchange = { deviceToken: request.cookies.get(DEVICE_COOKIE)?.value ?? null };
    // next-auth 4 reads params.nextauth synchronously; Next.js 16 passes params as a promise.
    const params = await context.params;
    const response = await exchanges.run(exchange, () => handler(request, { params }));
    if (exchange.retryAfterSeconds === undefined && !exchange.newDeviceToken) return response;
    const headers = new Headers(response.headers);
    if (exchange.newDeviceToken) headers.append("Set-Cookie", deviceCookieHeader(exchange.newDeviceToken));
    if (exchange.retryAfterSeconds === undefined) return new Response(response.body, { status: response.status, headers });
    // The body stays next-auth's (the sign-in form reads error=throttled from it); the status and Retry-After are HTTP's.
    headers.set("Retry-After", String(exchange.retryAfterSeconds));
    return new Response(response.body, { status: 429, headers });
  };
}
