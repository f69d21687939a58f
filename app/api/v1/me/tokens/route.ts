import { headers } from "next/headers";
import { findApiTokens } from "@/lib/accounts/queries";
import { createApiToken } from "@/lib/accounts/mutations/profile";
import { createTokenSchema } from "@/lib/accounts/schema";
import { clientIp } from "@/lib/auth/request";
import { apiError, fieldErrors } from "@/lib/api/errors";
import { parseIn, ruleMessage } from "@/lib/i18n/validation";
import { privateJson, readJson, withActor } from "@/lib/api/auth";
import { presentToken } from "@/lib/api/present";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return withActor(request, "account.manage", async (actor) => privateJson({ items: (await findApiTokens(actor.id)).map(presentToken) }));
}

/** Creates a token: with a session and a verified email only (lib/auth/policy.ts), so a leaked token cannot mint more; 409 once the account holds the most live tokens allowed. */
export function POST(request: Request) {
  return withActor(request, "account.tokens.create", async (actor, locale) => {
    const parsed = parseIn(createTokenSchema, await readJson(request), locale);
    if (!parsed.success) return apiError("validation", fieldErrors(parsed.error, locale));
    const created = await createApiToken(actor, parsed.data, { ip: clientIp(await headers()) });
    if (created.status === "too-many") return apiError("conflict", [{ path: "name", code: "token_limit", message: ruleMessage(`token_limit:${created.limit}`, locale) }]);
    return privateJson({ ...presentToken({ ...created, lastUsedAt: null, revokedAt: null }), token: created.token }, { status: 201 });
  });
}
