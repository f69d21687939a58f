import { expireOffers } from "@/lib/enrollment/mutations";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { privateJson, withActor } from "@/lib/api/auth";
import { presentEnrollment } from "@/lib/api/present";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return withActor(request, "account.manage", async (actor) => {
    // Offers past their deadline expire when anyone looks, not only when the scheduler runs.
    await expireOffers();
    return privateJson({ items: (await findEnrollmentsOf(actor.id)).map(presentEnrollment) });
  });
}
