import type { Prisma } from "../generated/prisma/client";

// What the public may see, defined once and used by every public query.

/**
 * Institutions whose pages are public: verified ones only. An institution that has applied to join
 * (pending, or sent back for changes) is visible to its own staff and the bureau, not to the
 * public, and neither are its programmes; it appears, programmes and all, once verified.
 */
export const PUBLIC_INSTITUTION_STATUSES = ["verified"];

export const publicInstitution = { status: { in: PUBLIC_INSTITUTION_STATUSES } } satisfies Prisma.InstitutionWhereInput;

export function isPublicInstitution(institution: { status: string }): boolean {
  return PUBLIC_INSTITUTION_STATUSES.includes(institution.status);
}

/** Published programmes of public institutions. */
export const publicProgramme = {
  status: "published",
  institution: publicInstitution,
} satisfies Prisma.ProgrammeWhereInput;
