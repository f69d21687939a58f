import "server-only";
import { db } from "../db";
import { isUniqueViolation, retryTransient } from "../db-errors";
import { Prisma } from "../generated/prisma/client";
import { can, type Actor } from "../auth/policy";
import type { RequestContext } from "../auth/request";
import { recordAudit } from "../audit/mutations";
import { defaultAdmission, type ProgrammeKind } from "../catalogue/codes";
import { PUBLIC_INSTITUTION_STATUSES } from "../catalogue/visibility";
import { indexProgrammes } from "../search/indexer";
import { slugFrom } from "../institutions/mutations";
import { completenessOfValues, type Completeness } from "./completeness";
import { fieldsForKind } from "./working-copy";
import type { ApplyProgrammeInput, NewExpertInput, NewProgrammeInput, ProgrammeTarget, SaveDraftInput, StatusChangeInput } from "./schema";

// The programme editor's writes. Each checks `institution.edit` for the institution the input names
// and keeps that institution in every where clause, so staff of another institution (or a made-up
// id) find nothing: "not-found". Every write but the working copy's autosave is audited in its own
// transaction. Optimistic concurrency: the editor sends the programme's updatedAt as it read it
// (`version`); a write over a newer one is refused ("stale") rather than overwriting another
// editor's work, and each write sets a new one.
//
// Public pages and search follow at once: every write that changes what the public may see
// (publishing, a published programme's changes, unpublishing or archiving it) re-indexes the
// programme in the same transaction, which bumps the search index version (SearchIndexState) that
// both the search cache (lib/search/cache.ts) and the shared page cache (scripts/serve.ts) key
// their entries by. Writes the public cannot see (drafts) leave the index and those caches alone;
// a programme's search document is written when it is first published (or its institution verified).

type Tx = Prisma.TransactionClient;

/** The editor's view of a programme after a write: what it needs to carry on. */
export interface EditorState { version: string; status: string; slug: string; publishedAt: string | null; draftSavedAt: string | null }

export type EditorOutcome<T = EditorState> =
  | { status: "ok"; state: T }
  | { status: "not-found" | "stale" | "not-allowed" | "slug-taken" | "unverified" | "host-invalid" | "experts-invalid" }
  | { status: "incomplete"; completeness: Completeness };

const NOT_FOUND = { status: "not-found" } as const;
const STALE = { status: "stale" } as const;

/** The next version: now, and always later than the one replaced (two writes in one millisecond, or a clock behind). */
const nextVersion = (previous: Date) => new Date(Math.max(Date.now(), previous.getTime() + 1));

const stateOf = (p: { updatedAt: Date; status: string; slug: string; publishedAt: Date | null; draftSavedAt: Date | null }): EditorState => ({
  version: p.updatedAt.toISOString(), status: p.status, slug: p.slug, publishedAt: p.publishedAt?.toISOString() ?? null, draftSavedAt: p.draftSavedAt?.toISOString() ?? null,
});
const stateSelect = { updatedAt: true, status: true, slug: true, publishedAt: true, draftSavedAt: true } as const;

/** After a guarded write found nothing: another editor's newer version, or no such programme here. */
async function staleOrMissing(client: Tx | typeof db, { programmeId, institutionId }: ProgrammeTarget) {
  return (await client.programme.count({ where: { id: programmeId, institutionId } })) ? STALE : NOT_FOUND;
}

const mayEdit = (actor: Actor, institutionId: string) => can(actor, "institution.edit", { institutionId });

/** Creates a draft programme of the institution: its kind, area and title(s); the address is made from the English title. */
export async function createProgramme(actor: Actor, input: NewProgrammeInput, context: RequestContext): Promise<{ status: "ok"; id: string } | { status: "not-found" }> {
  if (!mayEdit(actor, input.institutionId)) return NOT_FOUND;
  const base = slugFrom(input.titleEn, input.kind);
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 && base !== input.kind ? base : `${base}-${Math.random().toString(36).slice(2, 7)}`;
    try {
      return await db.$transaction(async (tx) => {
        const institution = await tx.institution.count({ where: { id: input.institutionId } });
        if (!institution) return NOT_FOUND;
        const row = await tx.programme.create({
          data: {
            institutionId: input.institutionId, slug, kind: input.kind, area: input.area, admission: defaultAdmission(input.kind), status: "draft",
            titleZh: input.titleZh, titleEn: input.titleEn, summaryZh: "", summaryEn: "", mode: "in-person",
          },
          select: { id: true },
        });
        await recordAudit(tx, { actorId: actor.id, action: "programme.created", subjectType: "programme", subjectId: row.id, institutionId: input.institutionId, data: { after: { kind: input.kind, slug } }, ip: context.ip });
        return { status: "ok" as const, id: row.id };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

/**
 * Keeps the working copy as typed (autosave): nothing the public sees changes, and it is not
 * audited (it runs every few seconds while someone types; applying it is).
 */
export async function saveDraft(actor: Actor, input: SaveDraftInput): Promise<EditorOutcome> {
  const { institutionId, programmeId, version, ...draft } = input;
  if (!mayEdit(actor, institutionId)) return NOT_FOUND;
  const savedAt = nextVersion(version);
  const { count } = await db.programme.updateMany({
    where: { id: programmeId, institutionId, updatedAt: version },
    data: { draft: draft as Prisma.InputJsonValue, draftSavedAt: savedAt, updatedAt: savedAt },
  });
  if (count !== 1) return staleOrMissing(db, input);
  const row = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: stateSelect });
  return { status: "ok", state: stateOf(row) };
}

const AUDITED_TEXT = new Set(["bodyZh", "bodyEn", "summaryZh", "summaryEn", "eligibilityZh", "eligibilityEn"]);

/** What applying changed, for the audit trail: the names of long texts, before and after of the rest. */
function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changed: Record<string, { before: unknown; after: unknown } | "changed"> = {};
  for (const [name, value] of Object.entries(after)) {
    if (JSON.stringify(before[name] ?? null) === JSON.stringify(value ?? null)) continue;
    changed[name] = AUDITED_TEXT.has(name) ? "changed" : { before: before[name] ?? null, after: value ?? null };
  }
  return changed;
}

/**
 * Applies the working copy to the programme. `save`: a programme the public does not see (draft or
 * archived) keeps its state. `publish`: a draft is published, or a published programme's changes
 * go public; it needs both languages' required fields (completeness.ts) and a verified institution.
 * Either way the working copy is cleared. A programme's experts (lectures) follow the list's order.
 */
export async function applyProgramme(actor: Actor, input: ApplyProgrammeInput, mode: "save" | "publish", context: RequestContext): Promise<EditorOutcome> {
  const { institutionId, programmeId, version } = input;
  if (!mayEdit(actor, institutionId)) return NOT_FOUND;
  try {
    return await retryTransient(() => db.$transaction(async (tx): Promise<EditorOutcome> => {
      const current = await tx.programme.findFirst({
        where: { id: programmeId, institutionId },
        include: { institution: { select: { status: true } }, experts: { orderBy: { position: "asc" }, select: { expertId: true } } },
      });
      if (!current) return NOT_FOUND;
      if (current.updatedAt.getTime() !== version.getTime()) return STALE;
      if (mode === "save" ? current.status === "published" : current.status === "archived") return { status: "not-allowed" };
      const kind = current.kind as ProgrammeKind;
      const { institutionId: _i, programmeId: _p, version: _v, ...applied } = input;
      const { experts, ...columns } = fieldsForKind(kind, applied);
      if (columns.hostInstitutionId && !(await tx.institution.count({ where: { id: columns.hostInstitutionId, kind: "overseas-partner", status: "verified" } }))) return { status: "host-invalid" };
      if (experts.length && (await tx.expert.count({ where: { id: { in: experts } } })) !== experts.length) return { status: "experts-invalid" };
      if (mode === "publish") {
        const completeness = completenessOfValues(kind, { ...columns, experts });
        if (!completeness.ready) return { status: "incomplete", completeness };
        if (!PUBLIC_INSTITUTION_STATUSES.includes(current.institution.status)) return { status: "unverified" };
      }
      const now = nextVersion(version);
      const publishing = mode === "publish" && current.status !== "published";
      const { count } = await tx.programme.updateMany({
        where: { id: programmeId, institutionId, updatedAt: version },
        data: {
          ...columns, draft: Prisma.DbNull, draftSavedAt: null, updatedAt: now,
          ...(mode === "publish" ? { status: "published" } : {}), ...(publishing ? { publishedAt: now } : {}),
        },
      });
      if (count !== 1) return STALE;
      const before = current.experts.map((e) => e.expertId);
      if (JSON.stringify(before) !== JSON.stringify(experts)) {
        await tx.programmeExpert.deleteMany({ where: { programmeId } });
        await tx.programmeExpert.createMany({ data: experts.map((expertId, position) => ({ programmeId, expertId, position })) });
      }
      if (mode === "publish" || current.status === "published") await indexProgrammes(tx, [programmeId]);
      await recordAudit(tx, {
        actorId: actor.id, action: mode === "publish" ? "programme.published" : "programme.saved", subjectType: "programme", subjectId: programmeId, institutionId,
        data: { status: { before: current.status, after: mode === "publish" ? "published" : current.status }, changed: changes({ ...current, experts: before }, { ...columns, experts }) },
        ip: context.ip,
      });
      return { status: "ok", state: stateOf(await tx.programme.findUniqueOrThrow({ where: { id: programmeId }, select: stateSelect })) };
    }));
  } catch (error) {
    // The only unique field the editor writes is the address.
    if (isUniqueViolation(error)) return { status: "slug-taken" };
    throw error;
  }
}

/** The states each change starts from, and where it leaves the programme. */
const CHANGES: Record<Exclude<StatusChangeInput["change"], "discard">, { from: string[]; to: string; action: "programme.unpublished" | "programme.archived" | "programme.restored" }> = {
  unpublish: { from: ["published"], to: "draft", action: "programme.unpublished" },
  archive: { from: ["draft", "published"], to: "archived", action: "programme.archived" },
  restore: { from: ["archived"], to: "draft", action: "programme.restored" },
};

/**
 * Unpublish (back to draft, gone from the public pages and search), archive, or restore an archived
 * programme as a draft; the working copy is kept. `discard` drops the working copy instead (not
 * audited, like the autosave that made it). Offerings and the places people hold are untouched.
 */
export async function changeProgrammeStatus(actor: Actor, input: StatusChangeInput, context: RequestContext): Promise<EditorOutcome> {
  const { institutionId, programmeId, version, change } = input;
  if (!mayEdit(actor, institutionId)) return NOT_FOUND;
  const now = nextVersion(version);
  if (change === "discard") {
    const { count } = await db.programme.updateMany({ where: { id: programmeId, institutionId, updatedAt: version }, data: { draft: Prisma.DbNull, draftSavedAt: null, updatedAt: now } });
    if (count !== 1) return staleOrMissing(db, input);
    return { status: "ok", state: stateOf(await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: stateSelect })) };
  }
  const { from, to, action } = CHANGES[change];
  return retryTransient(() => db.$transaction(async (tx): Promise<EditorOutcome> => {
    const current = await tx.programme.findFirst({ where: { id: programmeId, institutionId }, select: { status: true, updatedAt: true } });
    if (!current) return NOT_FOUND;
    if (current.updatedAt.getTime() !== version.getTime()) return STALE;
    if (!from.includes(current.status)) return { status: "not-allowed" };
    const { count } = await tx.programme.updateMany({ where: { id: programmeId, institutionId, updatedAt: version, status: current.status }, data: { status: to, updatedAt: now } });
    if (count !== 1) return STALE;
    if (current.status === "published") await indexProgrammes(tx, [programmeId]);
    await recordAudit(tx, { actorId: actor.id, action, subjectType: "programme", subjectId: programmeId, institutionId, data: { status: { before: current.status, after: to } }, ip: context.ip });
    return { status: "ok", state: stateOf(await tx.programme.findUniqueOrThrow({ where: { id: programmeId }, select: stateSelect })) };
  }));
}

/** Adds an expert (for lectures), by staff who may edit the institution's programmes; experts are shared by every institution. */
export async function createExpert(actor: Actor, input: NewExpertInput, context: RequestContext) {
  const { institutionId, ...expert } = input;
  if (!mayEdit(actor, institutionId)) return NOT_FOUND;
  const base = slugFrom(expert.nameEn, "expert");
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 && base !== "expert" ? base : `${base}-${Math.random().toString(36).slice(2, 7)}`;
    try {
      return await db.$transaction(async (tx) => {
        const row = await tx.expert.create({ data: { ...expert, slug }, select: { id: true, nameZh: true, nameEn: true, affiliationZh: true, affiliationEn: true, country: true } });
        await recordAudit(tx, { actorId: actor.id, action: "expert.created", subjectType: "expert", subjectId: row.id, institutionId, data: { after: { slug, nameEn: expert.nameEn } }, ip: context.ip });
        return { status: "ok" as const, expert: row };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
