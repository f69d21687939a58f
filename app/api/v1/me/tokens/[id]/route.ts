import { headers } from "next/headers";
import { revokeApiToken } from "@/lib/accounts/mutations";
import { clientIp } from "@/lib/auth/request";
import { apiError } from "@/lib/api/errors";
import { withActor } from "@/lib/api/auth";

export const dynamic = "force-dynamic";

/** Revokes one of the caller's tokens; another person's token id answers 404 and changes nothing. */
export function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withActor(request, "account.manage", async (actor) => {
    const { id } = await params;
    const outcome = await revokeApiToken(actor, id.slice(0, 64), { ip: clientIp(await headers()) });
    if (outcome === "not-found") return apiError("not_found");
    return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
  });
}
