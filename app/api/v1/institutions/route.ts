import { findInstitutions } from "@/lib/institutions/queries";
import { presentInstitution } from "@/lib/api/present";
import { handle, publicJson } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => {
    const institutions = await findInstitutions("zh-CN");
    return publicJson(request, { items: institutions.map(presentInstitution) });
  });
}
