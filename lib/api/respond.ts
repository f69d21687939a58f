import { createHash } from "node:crypto";
import { apiError } from "./errors";
import { PUBLIC_CACHE_CONTROL } from "../http/cache-policy";

/**
 * A public JSON answer a CDN may cache: fresh for 60 s at the edge, served stale up to 5 minutes
 * while it revalidates, with an ETag so revalidation of unchanged data costs a 304 and no body.
 * Catalogue changes therefore reach every reader within about a minute.
 */
export function publicJson(request: Request, body: unknown): Response {
  const json = JSON.stringify(body);
  const etag = `"${createHash("sha1").update(json).digest("base64url")}"`;
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": PUBLIC_CACHE_CONTROL,
    ETag: etag,
    Vary: "Accept-Language",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(json, { status: 200, headers });
}

/** Runs a handler; an unexpected failure is logged and answered with the API's error shape, never a stack. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    console.error(error);
    return apiError("internal");
  }
}
