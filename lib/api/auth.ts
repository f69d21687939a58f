import "server-only";
import { env } from "../env";
import { can, type Action, type Actor } from "../auth/policy";
import { getApiActor } from "../auth/session";
import { sameOrigin } from "../auth/request";
import { apiError, apiLocale } from "./errors";
import { handle } from "./respond";

type Locale = ReturnType<typeof apiLocale>;

/**
 * Runs an API handler for a signed-in caller (personal token or session cookie) whom the policy
 * allows `action`: 401 without credentials, 403 without the right, and 403 for writes carried by a
 * cookie from another site (a token cannot be sent by a foreign page, a cookie can).
 */
export function withActor(request: Request, action: Action, run: (actor: Actor, locale: Locale) => Promise<Response>): Promise<Response> {
  return handle(async () => {
    const actor = await getApiActor(request);
    if (!actor) return apiError("unauthorized", [], { "WWW-Authenticate": 'Bearer realm="api"' });
    const write = !["GET", "HEAD", "OPTIONS"].includes(request.method);
    if (write && actor.via === "session" && !sameOrigin(request.headers, env.SITE_URL, env.TRUST_PROXY_HOPS)) return apiError("forbidden");
    if (!can(actor, action)) return apiError("forbidden");
    return run(actor, apiLocale(request));
  });
}

/** A personal answer: never kept by shared caches or browsers. */
export function privateJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { "Cache-Control": "private, no-store", ...init.headers } });
}

/** The request's JSON body, or undefined when it is not JSON (the schema then reports it). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
