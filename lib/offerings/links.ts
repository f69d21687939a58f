// An offering's online link (and a session's own) is for its participants only: people holding a
// confirmed or completed place. Everything that reads offerings for anyone else (the public
// programme page and API, a person's other enrollments, calendar files) goes through these.
import type { EnrollmentState } from "../enrollment/states";

export const PARTICIPANT_STATES = ["confirmed", "completed"] as const satisfies readonly EnrollmentState[];

export const isParticipant = (state: string) => (PARTICIPANT_STATES as readonly string[]).includes(state);

/** A session's link: its own, else the offering's. */
export const sessionLink = (session: { url: string | null }, offering: { onlineUrl: string | null }) => session.url ?? offering.onlineUrl ?? null;

type WithLinks = { onlineUrl: string | null; sessions: { url: string | null }[] };

/** The offering with every link removed, saying only whether it meets online (for everyone who is not a participant). */
export function withoutLinks<O extends WithLinks>(offering: O): Omit<O, "sessions"> & { online: boolean; sessions: (O["sessions"][number] & { online: boolean })[] } {
  return {
    ...offering,
    onlineUrl: null,
    online: offering.onlineUrl !== null || offering.sessions.some((s) => s.url !== null),
    sessions: offering.sessions.map((s) => ({ ...s, url: null, online: sessionLink(s, offering) !== null })),
  };
}

/** The offering as `state` may see it: links kept for participants, removed for everyone else. */
export function linksFor<O extends WithLinks>(offering: O, state: string) {
  const gated = withoutLinks(offering);
  return isParticipant(state) ? { ...gated, onlineUrl: offering.onlineUrl, sessions: offering.sessions.map((s, i) => ({ ...gated.sessions[i]!, url: sessionLink(s, offering) })) } : gated;
}
