import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { can, type Action, type Actor } from "../auth/policy";
import { getActor } from "../auth/session";
import { clientIp, type RequestContext } from "../auth/request";
import { recordRefusal } from "../audit/mutations";
import { fieldMessages, parseIn } from "../i18n/validation";
import { toLocale, type Locale } from "../i18n/routing";
import { translator } from "../i18n/translator";
import type { ActionResult } from "./result";

// The one pipeline every server action goes through (CONVENTIONS.md rule 4; the architecture test
// holds it). In order: the caller's language; the session and the policy (server actions are
// public POST endpoints, so this is checked on every call); the input parsed with the domain's zod
// schema, its errors put into words per field; then the action itself, whose expected failures are
// message keys (`refuse`) translated here, and whose unexpected ones are logged and answered with
// a generic message, never the exception's text. Changes are audited by the mutations, inside
// their own transactions (so the record commits or rolls back with the change); the pipeline
// records what never reaches them: a signed-in person refused by the policy.

/**
 * An expected failure: a message key (with its namespace, and the values it names) shown on
 * `field`, or on the form as a whole; or, for input only the data can judge (answers to a
 * programme's own questions), the issues of a schema parsed inside the action, each on its field.
 */
export interface Refusal { readonly refusal: string; readonly field?: string; readonly values?: Record<string, string | number>; readonly issues?: z.ZodError }
export const refuse = (key: string, field?: string, values?: Record<string, string | number>): Refusal => ({ refusal: key, field, values });
export const refuseFields = (issues: z.ZodError, key = "validation.invalid"): Refusal => ({ refusal: key, issues });
const isRefusal = (value: unknown): value is Refusal => typeof value === "object" && value !== null && "refusal" in value;

const VERIFIED_EMAIL_GATES = new Set<Action>(["account.manage", "account.tokens.create", "account.verified-actions", "institution.apply"]);

export interface ActionContext<A> { actor: A; locale: Locale; request: RequestContext }

interface Config<S extends z.ZodType, P extends Action | null> {
  /** Names the action in logs and the audit trail. */
  name: string;
  schema: S;
  /** What the policy must allow; null for actions open to anyone (signing up, redeeming an emailed link). */
  policy: P;
  /** The message key when the policy refuses a signed-in person (default: not allowed). */
  refusedKey?: string;
}

/**
 * Makes a server action: `(input, locale) => ActionResult`. `run` gets the parsed input and the
 * actor (signed in and allowed, when the config names a policy) and returns data or a refusal.
 */
export function serverAction<S extends z.ZodType, T = undefined, P extends Action | null = Action>(
  config: Config<S, P>,
  run: (input: z.output<S>, context: ActionContext<P extends Action ? Actor : Actor | null>) => Promise<T | Refusal>,
): (input: z.input<S>, locale?: Locale) => Promise<ActionResult<T>> {
  return async (input, requestedLocale) => {
    const locale = toLocale(requestedLocale);
    const t = translator(locale);
    const formError = (key: string): ActionResult<never> => ({ ok: false, fieldErrors: {}, formError: t(key) });
    try {
      const actor = await getActor();
      if (config.policy !== null && !can(actor, config.policy)) {
        // Gates of one's own account (an unverified email) are everyday answers, not probing.
        if (actor && !VERIFIED_EMAIL_GATES.has(config.policy)) await recordRefusal(actor.id, config.name, config.policy);
        return formError(actor ? (config.refusedKey ?? "admin.forbidden.text") : "admin.forbidden.text");
      }
      const parsed = parseIn(config.schema, input, locale);
      if (!parsed.success) return { ok: false, fieldErrors: fieldMessages(parsed.error, locale) };
      const request = { ip: clientIp(await headers()) };
      const outcome = await run(parsed.data, { actor: actor as P extends Action ? Actor : Actor | null, locale, request });
      if (!isRefusal(outcome)) return { ok: true, data: outcome as T };
      const message = t(outcome.refusal, outcome.values);
      if (outcome.issues) return { ok: false, fieldErrors: fieldMessages(outcome.issues, locale), formError: message };
      return outcome.field ? { ok: false, fieldErrors: { [outcome.field]: message } } : { ok: false, fieldErrors: {}, formError: message };
    } catch (error) {
      // next/navigation's redirect() and notFound() work by throwing; they are answers, not failures.
      if (isNavigation(error)) throw error;
      console.error(`server action ${config.name}`, error);
      return formError("validation.unexpected");
    }
  };
}

const isNavigation = (error: unknown) => typeof error === "object" && error !== null && typeof (error as { digest?: unknown }).digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test((error as { digest: string }).digest);
