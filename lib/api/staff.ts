import "server-only";
import type { z } from "zod";
import { can, type Action, type Actor } from "../auth/policy";
import { idSchema } from "../forms/schemas";
import { parseIn, ruleMessage } from "../i18n/validation";
import { findStudioInstitution } from "../studio/queries";
import { findProgrammeForEditor } from "../programmes/queries";
import { applyProgrammeSchema, type ApplyProgrammeInput, type ProgrammeDraft } from "../programmes/schema";
import { findOfferingEditor } from "../offerings/queries";
import { findOfferingInstitution, findProgrammeInstitution } from "./queries";
import { apiError, fieldErrors } from "./errors";
import { privateJson, withActor } from "./auth";
import { presentStaffOffering, presentStaffProgramme } from "./present";

// What the staff write endpoints share: finding the row the path names where the caller may act
// (anyone else, and any path that names nothing, gets 404, as the mutations answer), reading the
// body, and answering the row as it stands after a write. The mutations check the policy again,
// next to the data; the check here keeps the route from reading a row or a body for anyone who
// may not act on it.

type Locale = "zh-CN" | "en";
const SLUG = /^[a-z0-9-]{1,100}$/;

/** The institution of `slug` when the actor may do `action` there; otherwise null (404). */
export async function institutionFor(actor: Actor, slug: string, action: Action): Promise<string | null> {
  const institution = SLUG.test(slug) ? await findStudioInstitution(slug) : null;
  return institution && can(actor, action, { institutionId: institution.id }) ? institution.id : null;
}

export interface ProgrammeTarget { institutionId: string; programmeId: string }

/** A programme of the institution of `slug` on which the actor may do `action`; otherwise null (404). */
async function programmeFor(actor: Actor, slug: string, programmeId: string, action: Action): Promise<ProgrammeTarget | null> {
  if (!SLUG.test(slug) || !idSchema.safeParse(programmeId).success) return null;
  const institutionId = await findProgrammeInstitution(slug, programmeId);
  return institutionId && can(actor, action, { institutionId }) ? { institutionId, programmeId } : null;
}

export interface OfferingTarget { institutionId: string; offeringId: string }

/** An offering on which the actor may do `action` (at the institution running it); otherwise null (404). */
async function offeringFor(actor: Actor, offeringId: string, action: Action): Promise<OfferingTarget | null> {
  if (!idSchema.safeParse(offeringId).success) return null;
  const institutionId = await findOfferingInstitution(offeringId);
  return institutionId && can(actor, action, { institutionId }) ? { institutionId, offeringId } : null;
}

type Run<T> = (target: T, actor: Actor, locale: Locale) => Promise<Response>;

/** A staff route on a programme (/institutions/{slug}/programmes/{id}/...): `run` only for a programme on which the caller may do `action`. */
export function withProgramme(request: Request, params: Promise<{ slug: string; id: string }>, action: Action, run: Run<ProgrammeTarget>): Promise<Response> {
  return withActor(request, "account.manage", async (actor, locale) => {
    const { slug, id } = await params;
    const target = await programmeFor(actor, slug, id, action);
    return target ? run(target, actor, locale) : apiError("not_found");
  });
}

/** A staff route on an offering (/offerings/{id}/...): `run` only for an offering on which the caller may do `action`. */
export function withOffering(request: Request, params: Promise<{ id: string }>, action: Action, run: Run<OfferingTarget>): Promise<Response> {
  return withActor(request, "account.manage", async (actor, locale) => {
    const target = await offeringFor(actor, (await params).id, action);
    return target ? run(target, actor, locale) : apiError("not_found");
  });
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** The request's body as JSON, or a 400 naming the body when it is not JSON (empty included). */
export async function readBody(request: Request, locale: Locale): Promise<Parsed<unknown>> {
  const text = await request.text();
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    // Not JSON, or nested too deep to parse.
    return { ok: false, response: apiError("validation", [{ path: "(body)", code: "body_invalid", message: ruleMessage("body_invalid", locale) }]) };
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

interface InputOptions {
  /** Values the body's members replace (PATCH: the row's current ones). */
  base?: object;
  /** Where the value sits in the body, for the paths of its errors. */
  prefix?: string;
  /** Members the body must give even though the form may leave them blank (blank capacity means no limit: not something to get by leaving it out). */
  required?: readonly string[];
}

/**
 * `value` parsed with one of the portal's input schemas: an object's members laid over `base`, and
 * the ids the path gives laid over both (a body cannot name another row). Anything but an object is
 * parsed as it is, for the schema to refuse. Field errors are 400s, their paths under `prefix`.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, locale: Locale, ids: object = {}, options: InputOptions = {}): Parsed<z.output<S>> {
  const input = isObject(value) ? { ...options.base, ...value, ...ids } : value;
  const parsed = parseIn(schema, input, locale);
  const missing = isObject(value) ? (options.required ?? []).filter((key) => !Object.hasOwn(value, key)) : [];
  if (parsed.success && missing.length === 0) return { ok: true, data: parsed.data };
  const fields = [
    ...missing.map((path) => ({ path, code: "required", message: ruleMessage("invalid", locale) })),
    ...(parsed.success ? [] : fieldErrors(parsed.error, locale)),
  ];
  const { prefix } = options;
  return { ok: false, response: apiError("validation", prefix ? fields.map((f) => ({ ...f, path: f.path === "(root)" ? prefix : `${prefix}.${f.path}` })) : fields) };
}

/** The body, read and parsed (readBody, then parseInput). */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S, locale: Locale, ids: object = {}, options: InputOptions = {}): Promise<Parsed<z.output<S>>> {
  const body = await readBody(request, locale);
  return body.ok ? parseInput(schema, body.data, locale, ids, options) : body;
}

/** The programme as GET answers it (after a write: as the write left it). */
export async function programmeResponse({ institutionId, programmeId }: ProgrammeTarget, status = 200, headers: Record<string, string> = {}): Promise<Response> {
  const programme = await findProgrammeForEditor(institutionId, programmeId);
  return programme ? privateJson(presentStaffProgramme(programme), { status, headers }) : apiError("not_found");
}

/** The offering as GET answers it, under `key` of `extra` when given. */
export async function offeringResponse({ institutionId, offeringId }: OfferingTarget, status = 200, extra?: { key: string; values: Record<string, unknown> }): Promise<Response> {
  const offering = await findOfferingEditor(institutionId, offeringId);
  if (!offering) return apiError("not_found");
  const view = presentStaffOffering(offering);
  return privateJson(extra ? { ...extra.values, [extra.key]: view } : view, { status });
}

/**
 * Publishing through the API publishes the programme as saved (GET's fields): those fields applied
 * again, at the version the caller read. A saved value that breaks a rule publishing holds it to
 * (a programme saved before the rule existed) is a 409 naming the field, like a missing one.
 */
export function publishInput(saved: ProgrammeDraft, target: ProgrammeTarget, version: Date, locale: Locale): Parsed<ApplyProgrammeInput> {
  const parsed = parseIn(applyProgrammeSchema, { ...saved, ...target, version: version.toISOString() }, locale);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: apiError("conflict", fieldErrors(parsed.error, locale)) };
}
