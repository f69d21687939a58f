"use server";
import { serverAction } from "../forms/server-action";
import { noInputSchema } from "../forms/schemas";
import { markAllRead } from "./mutations";

export const markAllReadAction = serverAction({ name: "mark-all-read", schema: noInputSchema, policy: "account.manage" }, async (_, { actor }) => {
  await markAllRead(actor.id);
});
