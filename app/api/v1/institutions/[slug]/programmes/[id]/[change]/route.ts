import { clientIp } from "@/lib/auth/request";
import { applyProgramme, changeProgrammeStatus } from "@/lib/programmes/mutations";
import { findProgrammeForEditor } from "@/lib/programmes/queries";
import { programmeTargetSchema, statusChangeSchema } from "@/lib/programmes/schema";
import { apiError } from "@/lib/api/errors";
import { parseBody, programmeResponse, publishInput, withProgramme } from "@/lib/api/staff";
import { programmeRefusal } from "@/lib/api/staff-errors";

export const dynamic = "force-dynamic";

const CHANGES = ["publish", "unpublish", "archive", "restore"] as const;
const isChange = (value: string): value is (typeof CHANGES)[number] => (CHANGES as readonly string[]).includes(value);

/**
 * publish (a draft, as saved; or a published programme's saved fields again), unpublish (back to
 * draft, gone from public pages and search), archive, or restore an archived programme as a draft.
 * The body is { version }: 409 when the programme changed since, or cannot make that change.
 */
export function POST(request: Request, { params }: { params: Promise<{ slug: string; id: string; change: string }> }) {
  return withProgramme(request, params, "institution.edit", async (target, actor, locale) => {
    const { change } = await params;
    if (!isChange(change)) return apiError("not_found");
    const context = { ip: clientIp(request.headers) };
    if (change !== "publish") {
      const input = await parseBody(request, statusChangeSchema, locale, { ...target, change });
      if (!input.ok) return input.response;
      const outcome = await changeProgrammeStatus(actor, input.data, context);
      return outcome.status === "ok" ? programmeResponse(target) : programmeRefusal(outcome, locale);
    }
    const read = await parseBody(request, programmeTargetSchema, locale, target);
    if (!read.ok) return read.response;
    const current = await findProgrammeForEditor(target.institutionId, target.programmeId);
    if (!current) return apiError("not_found");
    const input = publishInput(current.saved, target, read.data.version, locale);
    if (!input.ok) return input.response;
    const outcome = await applyProgramme(actor, input.data, "publish", context);
    return outcome.status === "ok" ? programmeResponse(target) : programmeRefusal(outcome, locale);
  });
}
