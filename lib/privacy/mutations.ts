import "server-only";
import type { Actor } from "../auth/policy";
import type { RequestContext } from "../auth/request";
import { checkAccountDeletion, deleteAccount } from "../accounts/mutations/profile";
import { endEnrollmentsOf } from "../enrollment/mutations/changes";

// Closing an account touches two domains: the person's enrollments end first (their seats go to
// the waitlist), then the account goes. Neither domain imports the other; this calls both.

/** Deletes the signed-in person's account once their password is confirmed. */
export async function closeAccount(actor: Actor, currentPassword: string, context: RequestContext): Promise<"deleted" | "wrong-password" | "throttled" | "last-admin"> {
  const check = await checkAccountDeletion(actor, currentPassword, context);
  if (check !== "ok") return check;
  await endEnrollmentsOf(actor, context.now);
  return deleteAccount(actor, context);
}
