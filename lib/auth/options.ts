import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { checkCredentials } from "./mutations";
import { signInSchema } from "./schema";
import { authSecret } from "./secret";
import { clientIp } from "./request";
import { currentSignIn } from "./sign-in-exchange";

process.env.NEXTAUTH_URL ??= env.SITE_URL;

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * next-auth (v4, credentials, JWT sessions). The token carries only the user id (`sub`) and the
 * session version (`sv`); lib/auth/session.ts compares that version with the database on every
 * request, so a password change or a disabled account ends every session at once. Errors thrown
 * by authorize reach the sign-in form as codes: invalid, throttled.
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
    jwt({ token, user }) {
      const sv = user ? user.sv : token.sv;
      // Nothing else goes in the token: no name, email or roles.
      return { sub: user?.id ?? token.sub, sv, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session }) {
      // The session endpoint says only that a cookie exists; who it is comes from lib/auth/session.ts.
      return { expires: session.expires };
    },
  },
};
