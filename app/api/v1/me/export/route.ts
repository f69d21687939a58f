import { headers } from "next/headers";
import { findAccountData } from "@/lib/accounts/queries";
import { recordDataExport } from "@/lib/accounts/mutations/profile";
import { clientIp } from "@/lib/auth/request";
import { apiError } from "@/lib/api/errors";
import { privateJson, withActor } from "@/lib/api/auth";

export const dynamic = "force-dynamic";

/** Everything the portal holds about the caller, as a JSON download ("download my data", PIPL). */
export function GET(request: Request) {
  return withActor(request, "account.manage", async (actor) => {
    const data = await findAccountData(actor.id);
    if (!data) return apiError("not_found");
    await recordDataExport(actor, { ip: clientIp(await headers()) });
    const day = new Date().toISOString().slice(0, 10);
    return privateJson(
      { exportedAt: new Date().toISOString(), ...data },
      { headers: { "Content-Disposition": `attachment; filename="my-data-${day}.json"` } },
    );
  });
}
