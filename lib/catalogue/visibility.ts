import type { Prisma } from "../generated/prisma/client";

// What the public may see, defined once and used by every public query.

/** Institutions whose pages are public: verified ones, and new ones while verification is pending. */
export const PUBLIC_INSTITUTION_STATUSES = ["verified", "pending"];

export const publicInstitution = { status: { in: PUBLIC_INSTITUTION_STATUSES } } satisfies Prisma.InstitutionWhereInput;

export function isPublicInstitution(institution: { status: string }): boolean {
  return PUBLIC_INSTITUTION_STATUSES.includes(institution.status);
}

/** Published programmes of public institutions. */
export const publicProgramme = {
  status: "published",
  institution: publicInstitution,
} satisfies Prisma.ProgrammeWhereInput;
