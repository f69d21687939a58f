"use server";
import { can } from "../auth/policy";
import { getActor } from "../auth/session";
import { markAllRead } from "./mutations";

export async function markAllReadAction(): Promise<boolean> {
  const actor = await getActor();
  if (!actor || !can(actor, "account.manage")) return false;
  await markAllRead(actor.id);
  return true;
}
