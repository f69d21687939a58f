import { headers } from "next/headers";
import { revokeApiToken } from "@/lib/accounts/mutations/profile";
import { revokeTokenSchema } from "@/lib/accounts/schema";
import { clientIp } from "@/lib/auth/request";
import { apiError } from "@/lib/api/errors";
import { withActor } from "@/lib/api/auth";

export const dynamic = "force-dynamic";

/** Revokes one of the caller's tokens; another person's token id answers 404 and changes nothing. */
export function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withActor(request, "account.manage", async (actor) => {
    const parsed = revokeTokenSchema.safeParse({ tokenId: (await params).id });
    if (!parsed.success || (await revokeApiToken(actor, parsed.data.tokenId, { ip: clientIp(await headers()) })) === "not-found") return apiError("not_found");
    return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
  });
}
