import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/api/openapi";
import { handle, publicJson } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => publicJson(request, openApiDocument(env.SITE_URL)));
}
