import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { z } from "../zod";

/**
 * A row id as the portal makes them: cuids (Prisma, lib/ids.ts) or UUIDs (the demo data's seeded
 * enrollments): short, letters, digits and hyphens. Anything else names nothing.
 */
export const idSchema = z.string({ error: "not_found" }).min(1, { error: "not_found" }).max(64, { error: "not_found" }).regex(/^[a-z0-9-]+$/i, { error: "not_found" });

/** The input of actions that take nothing but the session. */
export const noInputSchema = z.undefined().or(z.object({}).strict()).transform(() => ({}));

/** Empty form values ("" from a text field or an unselected list, NaN from an empty number field) mean "not given". */
export const blankToNull = (value: unknown) => (value === "" || value === undefined || (typeof value === "number" && Number.isNaN(value)) ? null : value);

/** A phone number as typed, stored in E.164; numbers without a country code are read as mainland Chinese ones. Optional. */
export const phoneSchema = z.preprocess(
  blankToNull,
  z
    .string({ error: "phone_invalid" })
    .max(40, { error: "phone_invalid" })
    .transform((value, ctx) => {
      const phone = parsePhoneNumberFromString(value, "CN");
      if (!phone?.isValid()) {
        ctx.addIssue({ code: "custom", message: "phone_invalid" });
        return z.NEVER;
      }
      return phone.number as string;
    })
    .nullable(),
);

/**
 * An optional http(s) address of at most `max` characters, as people type them: "www.example.cn"
 * gets https:// in front; blank (or only spaces) means not given.
 */
export const webAddressSchema = (max: number) => z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : blankToNull(value)),
  z.string({ error: "website_invalid" }).trim().max(max, { error: "website_invalid" })
    .transform((value) => (/^https?:\/\//i.test(value) ? value : `https://${value}`))
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "website_invalid" }))
    .nullable(),
);
