// Inputs of the institutions domain, defined once for the forms, the server actions and the API.
// Custom rules carry a message key of the `validation` namespace.
import { z } from "../zod";
import { INSTITUTION_KINDS } from "../catalogue/codes";
import { CHONGQING_DISTRICTS } from "../geo/districts";
import { emailSchema } from "../auth/schema";
import { blankToNull, idSchema, phoneSchema, webAddressSchema } from "../forms/schemas";
import { hasControlCharacter, withoutInvalidCharacter } from "../text";
import { creditCodeProblem, normalizeCreditCode } from "./credit-code";

/** One line of text a person types, trimmed, within `max` characters. */
const line = (max: number, required: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: `text_too_long:${max}` })
    .refine(...withoutInvalidCharacter).refine((value) => !hasControlCharacter(value), { error: "text_one_line" });

const paragraph = (max: number, required: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: `text_too_long:${max}` }).refine(...withoutInvalidCharacter);

const websiteSchema = webAddressSchema(200);

/**
 * An application to register an institution. Institutions in China give their unified social
 * credit code and district; overseas partners their own registration number and country.
 */
export const institutionApplicationSchema = z
  .object({
    nameZh: line(100, "institution_name_required"),
    nameEn: line(150, "institution_name_required"),
    kind: z.enum(INSTITUTION_KINDS, { error: "invalid_choice" }),
    registrationCode: z.string({ error: "registration_code_required" }).max(60, { error: "registration_code_required" }),
    country: z.preprocess(blankToNull, z.string({ error: "country_invalid" }).regex(/^[A-Za-z]{2}$/, { error: "country_invalid" }).transform((c) => c.toUpperCase()).nullable()),
    district: z.preprocess(blankToNull, z.enum(CHONGQING_DISTRICTS, { error: "invalid_choice" }).nullable()),
    address: line(200, "address_required"),
    website: websiteSchema,
    contactName: line(60, "contact_name_required"),
    contactEmail: emailSchema,
    contactPhone: phoneSchema,
    summaryZh: paragraph(500, "summary_required"),
    summaryEn: paragraph(500, "summary_required"),
  })
  .transform((value, ctx) => {
    const overseas = value.kind === "overseas-partner";
    if (overseas) {
      const number = value.registrationCode.trim();
      if (!number || hasControlCharacter(number)) ctx.addIssue({ code: "custom", message: "registration_code_required", path: ["registrationCode"] });
      if (!value.country || value.country === "CN") ctx.addIssue({ code: "custom", message: "country_invalid", path: ["country"] });
      return { ...value, registrationCode: number, district: null };
    }
    const code = normalizeCreditCode(value.registrationCode);
    const problem = code ? creditCodeProblem(code) : "registration_code_required";
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["registrationCode"] });
    if (!value.district) ctx.addIssue({ code: "custom", message: "district_required", path: ["district"] });
    return { ...value, registrationCode: code, country: "CN" };
  });
export type InstitutionApplicationInput = z.input<typeof institutionApplicationSchema>;
export type InstitutionApplication = z.output<typeof institutionApplicationSchema>;

/** The bureau's decision: verify; or ask for changes or refuse, with a message the applicant reads. */
export const institutionReviewSchema = z.discriminatedUnion("decision", [
  z.object({ institutionId: idSchema, decision: z.literal("verify") }),
  z.object({ institutionId: idSchema, decision: z.enum(["request-changes", "reject"]), message: paragraph(1000, "decision_message_required") }),
], { error: "invalid_choice" });
export type InstitutionReviewInput = z.output<typeof institutionReviewSchema>;
