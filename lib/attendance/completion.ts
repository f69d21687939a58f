// How attendance feeds completion (pure, unit-tested): a confirmed participant who attended at
// least the chosen share of an offering's sessions is completed; one who attended none is a
// no-show; the others stay confirmed for staff to decide one by one. Staff choose the share when
// they run it; 80% is what the bureau's training rules usually ask.

export const DEFAULT_THRESHOLD = 80;

/** Check-in for a session opens this long before it starts (doors open early; a session on another day is not this one). */
export const CHECK_IN_OPENS_BEFORE_MS = 12 * 60 * 60 * 1000;

/** Sessions needed out of `total` for `threshold` percent, rounded up: 80% of 5 is 4, of 6 is 5. */
export function sessionsNeeded(total: number, threshold: number): number {
  return Math.ceil((threshold * total) / 100);
}

/** Whether `attended` of `total` sessions is at or above `threshold` percent (whole numbers only, so no rounding at the edge). */
export function meetsThreshold(attended: number, total: number, threshold: number): boolean {
  return total > 0 && attended * 100 >= threshold * total;
}

export interface CompletionPlan<T> {
  complete: T[];
  noShow: T[];
  /** Attended some sessions, but fewer than the threshold: left as they are. */
  below: T[];
}

/** Splits confirmed participants by attendance. With no sessions at all nobody can be judged: everyone is "below". */
export function completionPlan<T extends { attended: number }>(people: readonly T[], total: number, threshold: number): CompletionPlan<T> {
  const plan: CompletionPlan<T> = { complete: [], noShow: [], below: [] };
  for (const person of people) {
    if (total > 0 && meetsThreshold(person.attended, total, threshold)) plan.complete.push(person);
    else if (total > 0 && person.attended === 0) plan.noShow.push(person);
    else plan.below.push(person);
  }
  return plan;
}

/**
 * When completion may be marked: once the last session has started (or the offering has ended,
 * whichever comes first), so nobody is judged on sessions still to come.
 */
export function completionOpensAt(sessions: readonly { startsAt: Date }[], endsAt: Date): Date {
  const lastStart = sessions.reduce<Date | null>((last, s) => (last === null || s.startsAt > last ? s.startsAt : last), null);
  return lastStart !== null && lastStart < endsAt ? lastStart : endsAt;
}
