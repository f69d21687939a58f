"use server";
import { serverAction, refuse } from "../forms/server-action";
import { deleteAccountSchema } from "../accounts/schema";
import { closeAccount } from "./mutations";

const REFUSALS = { "wrong-password": refuse("account.wrongPassword", "password"), throttled: refuse("auth.signIn.errors.throttled"), "last-admin": refuse("account.data.lastAdmin") };

export const deleteAccountAction = serverAction({ name: "delete-account", schema: deleteAccountSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const outcome = await closeAccount(actor, input.password, request);
  return outcome === "deleted" ? undefined : REFUSALS[outcome];
});
