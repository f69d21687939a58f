import { z } from "../zod";

/** A row id as the portal makes them (cuids, lib/ids.ts): short, plain letters and digits. Anything else names nothing. */
export const idSchema = z.string({ error: "not_found" }).min(1, { error: "not_found" }).max(64, { error: "not_found" }).regex(/^[a-z0-9]+$/i, { error: "not_found" });

/** The input of actions that take nothing but the session. */
export const noInputSchema = z.undefined().or(z.object({}).strict()).transform(() => ({}));
