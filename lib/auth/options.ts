import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { checkCredentials, endSession } from "./mutations";
import { isSessionEnded } from "./queries";
import { signInSchema } from "./schema";
import { authSecret } from "./secret";
import { clientIp } from "./request";
import { currentSignIn } from "./sign-in-exchange";

process.env.NEXTAUTH_URL ??= env.SITE_URL;

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * next-auth (v4, credentials, JWT sessions). The token carries only the user id (`sub`), the
 * session version (`sv`) and the session's id (`sid`, made at sign-in and kept when the token is
 * renewed; next-auth's own `jti` changes at every renewal). lib/auth/session.ts compares the
 * version with the database and looks the id up among ended sessions on every request, so a
 * password change or a disabled account ends every session at once, and signing out ends that
 * one even if its cookie was copied. Errors thrown by authorize reach the sign-in form as codes:
 * invalid, throttled.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("invalid");
        const exchange = currentSignIn();
        const result = await checkCredentials(parsed.data, { ip: clientIp(request?.headers ?? {}), deviceToken: exchange?.deviceToken });
        if (result.status === "throttled" && exchange) exchange.retryAfterSeconds = result.retryAfterSeconds;
        if (result.status !== "ok") throw new Error(result.status);
        if (exchange) exchange.newDeviceToken = result.deviceToken;
        return { id: result.user.id, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // A signed-out session is never renewed (its record is kept until any renewal could have expired).
      if (!user && (typeof token.sid !== "string" || (await isSessionEnded(token.sid)))) throw new Error("session ended");
      // Nothing else goes in the token: no name, email or roles.
      return user
        ? { sub: user.id, sv: user.sv, sid: randomUUID(), iat: token.iat, exp: token.exp, jti: token.jti }
        : { sub: token.sub, sv: token.sv, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session }) {
      // The session endpoint says only that a cookie exists; who it is comes from lib/auth/session.ts.
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      // Until every token of the session has expired: the longest a token lives, plus a minute
      // for a renewal that passed its check just before this.
      if (typeof token?.sid === "string") await endSession(token.sid, new Date(Date.now() + (SESSION_MAX_AGE_SECONDS + 60) * 1000));
    },
  },
};
