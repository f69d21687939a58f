// The institutions where an actor may do an action, as a condition on an institution id for a
// where clause (CONVENTIONS.md rule 3): data functions put it next to the row's id, so a row of
// any other institution is simply not found.
import { can, type Action, type Actor } from "./policy";

/** No institution has this id: asking the policy about it tells whether the right comes from a bureau role rather than a membership. */
const NOWHERE = "\u0000nowhere";

/**
 * `undefined` (no condition) when the actor may do `action` at any institution (a bureau
 * admin); otherwise the ids of the institutions where their role allows it (possibly none).
 */
export function editableInstitutions(actor: Actor, action: Action): { in: string[] } | undefined {
  if (can(actor, action, { institutionId: NOWHERE })) return undefined;
  return { in: actor.memberships.filter((m) => can(actor, action, { institutionId: m.institutionId })).map((m) => m.institutionId) };
}
