import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { privateJson, withActor } from "@/lib/api/auth";
import { presentEnrollment } from "@/lib/api/present";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return withActor(request, "account.manage", async (actor) => privateJson({ items: (await findEnrollmentsOf(actor.id)).map(presentEnrollment) }));
}
