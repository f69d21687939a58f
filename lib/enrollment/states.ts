// The enrollment state machine (DECISIONS.md, "Enrollment"): every state, every transition, who
// may make it and what it does to seats. lib/enrollment/mutations/ is the only code that
// changes an enrollment's state, and only through this table.

export const ENROLLMENT_STATES = [
  "submitted", "confirmed", "waitlisted", "offered", "declined", "expired", "rejected", "withdrawn", "cancelled", "completed", "no-show",
] as const;
export type EnrollmentState = (typeof ENROLLMENT_STATES)[number];

/** States that hold a seat: completion never frees one. */
export const SEAT_HOLDING: ReadonlySet<EnrollmentState> = new Set(["offered", "confirmed", "completed", "no-show"]);

/** States in which an enrollment is still under way for the person: it can end by their withdrawing (or declining an offer). */
export const LIVE_STATES = ["submitted", "waitlisted", "confirmed", "offered"] as const satisfies readonly EnrollmentState[];

/**
 * The state an enrollment is in at `now`: an offer past its deadline has lapsed although the
 * scheduler may not have recorded it yet (it runs every few seconds). Reads show this; only the
 * scheduler writes the expiry (and moves the waitlist up).
 */
export function effectiveState(state: EnrollmentState, offerExpiresAt: Date | null, now: Date): EnrollmentState {
  return state === "offered" && offerExpiresAt !== null && offerExpiresAt.getTime() <= now.getTime() ? "expired" : state;
}

/** After these, the person may apply to the same offering again (activeKey is cleared). */
export const REAPPLY_ALLOWED: ReadonlySet<EnrollmentState> = new Set(["withdrawn", "declined", "expired"]);

/** Who makes a transition: the person, a reviewer (bureau or institution staff), staff running the offering, or the system (promotion, expiry). */
export type Mover = "self" | "reviewer" | "staff" | "system";

export type TransitionName = "withdraw" | "approve" | "reject" | "promote" | "accept" | "decline" | "expire" | "cancel" | "complete" | "no-show" | "admit";

export interface Transition {
  from: readonly EnrollmentState[];
  /** The state reached; "seat-or-waitlist" means confirmed when a seat is free, else waitlisted. */
  to: EnrollmentState | "seat-or-waitlist";
  by: readonly Mover[];
}

/**
 * Applying is not in the table (there is no enrollment yet): first-come offerings go to
 * "seat-or-waitlist", reviewed ones to "submitted". Promotion confirms on first-come offerings
 * and offers the seat (with a deadline) on reviewed ones.
 */
export const TRANSITIONS: Record<TransitionName, Transition> = {
  withdraw: { from: ["submitted", "waitlisted", "confirmed"], to: "withdrawn", by: ["self"] },
  approve: { from: ["submitted"], to: "seat-or-waitlist", by: ["reviewer"] },
  reject: { from: ["submitted"], to: "rejected", by: ["reviewer"] },
  promote: { from: ["waitlisted"], to: "confirmed", by: ["system"] },
  accept: { from: ["offered"], to: "confirmed", by: ["self"] },
  decline: { from: ["offered"], to: "declined", by: ["self"] },
  expire: { from: ["offered"], to: "expired", by: ["system"] },
  cancel: { from: ["submitted", "waitlisted", "offered", "confirmed"], to: "cancelled", by: ["staff", "reviewer"] },
  complete: { from: ["confirmed"], to: "completed", by: ["staff"] },
  "no-show": { from: ["confirmed"], to: "no-show", by: ["staff"] },
  /** Admitting over capacity: the capacity is raised by one in the same transaction (DECISIONS.md). */
  admit: { from: ["submitted", "waitlisted"], to: "confirmed", by: ["staff"] },
};

/** Whether `transition` may be made from `state` by `mover`. */
export function allowed(transition: TransitionName, state: EnrollmentState, mover: Mover): boolean {
  const t = TRANSITIONS[transition];
  return t.from.includes(state) && t.by.includes(mover);
}

/** Seats taken (+1), freed (-1) or unchanged (0) by moving from one state to another. */
export function seatChange(from: EnrollmentState | null, to: EnrollmentState): -1 | 0 | 1 {
  const before = from !== null && SEAT_HOLDING.has(from);
  const after = SEAT_HOLDING.has(to);
  return before === after ? 0 : after ? 1 : -1;
}

/** The transitions a person makes on their own enrollment (the table's "self" rows; a test keeps the two in step). */
export const SELF_TRANSITIONS = ["withdraw", "accept", "decline"] as const satisfies readonly TransitionName[];
export type SelfTransition = (typeof SELF_TRANSITIONS)[number];

/** The actions a person can take on their own enrollment in a state (the page shows exactly these). */
export function selfActions(state: EnrollmentState): SelfTransition[] {
  return SELF_TRANSITIONS.filter((name) => allowed(name, state, "self"));
}

export const OFFER_HOURS_DEFAULT = 48;

/** Why a reviewed application was not accepted (the reviewer adds a message). */
export const REJECTION_REASONS = ["requirements", "documents", "capacity", "other"] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
