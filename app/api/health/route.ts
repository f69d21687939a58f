import { databaseAnswers } from "@/lib/health/queries";

// For load balancers and orchestrators (docs/deploy.md): 200 while this instance and its database
// answer, 503 otherwise. Never cached, so every check reaches the instance.
export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseAnswers();
  return Response.json({ status: ok ? "ok" : "database-unreachable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
