// Filters of the audit trail page (/admin/audit), from its URL.
import { z } from "../zod";
import { withoutInvalidCharacter } from "../text";
import { AUDIT_ACTIONS } from "./actions";

const blank = (v: unknown) => (v === "" ? undefined : v);
const day = z.preprocess(blank, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" }).optional());

export const auditFilterSchema = z.object({
  action: z.preprocess(blank, z.enum(AUDIT_ACTIONS, { error: "invalid_choice" }).optional()),
  actor: z.preprocess(blank, z.string().trim().max(254, { error: "text_too_long" }).refine(...withoutInvalidCharacter).optional()),
  subject: z.preprocess(blank, z.string().trim().max(254, { error: "text_too_long" }).refine(...withoutInvalidCharacter).optional()),
  from: day,
  to: day,
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(1000).default(1)),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
