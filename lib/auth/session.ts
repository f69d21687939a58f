import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { findApiTokenOwner, findSessionUser, isSessionEnded, type SessionUser } from "./queries";
import { touchApiToken } from "./mutations";
import type { BureauRole, InstitutionRole } from "./roles";
import { SESSION_COOKIES } from "../http/cache-policy";
import type { Actor } from "./policy";
import { authSecret } from "./secret";

function toActor(user: SessionUser, via: Actor["via"]): Actor {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    bureauRole: user.bureauRole as BureauRole | null,
    memberships: user.memberships.map((m) => ({ institutionId: m.institutionId, institutionSlug: m.institution.slug, role: m.role as InstitutionRole })),
    via,
  };
}

/**
 * The signed-in person of this request, or null: the session cookie's token must decode, its
 * session must not have been ended by signing out, its session version must equal the account's
 * (a password change or disabling bumps it) and the account must not be disabled. Roles come from
 * the database, now. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const store = await cookies();
  const token = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  return token ? actorFromSessionToken(token) : null;
});

/** The actor a session token stands for, checked against the database now (see getActor). */
export async function actorFromSessionToken(token: string): Promise<Actor | null> {
  const jwt = await decode({ token, secret: authSecret() }).catch(() => null);
  // Tokens without a session id (made before sessions had one) cannot be ended by signing out, so they do not count.
  if (!jwt?.sub || typeof jwt.sv !== "number" || typeof jwt.sid !== "string") return null;
  // One more lookup, by primary key, side by side with the account's.
  const [user, ended] = await Promise.all([findSessionUser(jwt.sub), isSessionEnded(jwt.sid)]);
  if (!user || ended || user.disabledAt || user.sessionVersion !== jwt.sv) return null;
  return toActor(user, "session");
}

/** For API routes: a personal token (`Authorization: Bearer ...`) when one is sent, else the session cookie. */
export async function getApiActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return null;
    const owner = await findApiTokenOwner(match[1]);
    if (!owner) return null;
    const user = await findSessionUser(owner.userId);
    if (!user || user.disabledAt) return null;
    await touchApiToken(owner.id, owner.lastUsedAt);
    return toActor(user, "token");
  }
  return getActor();
}
