import { findProfile } from "@/lib/accounts/queries";
import { updateProfile } from "@/lib/accounts/mutations/profile";
import { profileSchema } from "@/lib/accounts/schema";
import { apiError, fieldErrors } from "@/lib/api/errors";
import { parseIn } from "@/lib/i18n/validation";
import { privateJson, readJson, withActor } from "@/lib/api/auth";
import { presentMe } from "@/lib/api/present";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return withActor(request, "account.manage", async (actor) => {
    const profile = await findProfile(actor.id);
    if (!profile) return apiError("not_found");
    return privateJson(presentMe(profile, actor.memberships));
  });
}

/** Replaces the profile's fields (the same fields and rules as the profile page). */
export function PATCH(request: Request) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const parsed = parseIn(profileSchema, await readJson(request), locale);
    if (!parsed.success) return apiError("validation", fieldErrors(parsed.error, locale));
    await updateProfile(actor, parsed.data);
    const profile = await findProfile(actor.id);
    return privateJson(presentMe(profile!, actor.memberships));
  });
}
