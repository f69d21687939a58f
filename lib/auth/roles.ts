// Role codes of the identity layer. Display names live in the message catalogues under the same codes.

export const BUREAU_ROLES = ["reviewer", "admin"] as const;
export type BureauRole = (typeof BUREAU_ROLES)[number];

export const INSTITUTION_ROLES = ["owner", "editor", "reviewer"] as const;
export type InstitutionRole = (typeof INSTITUTION_ROLES)[number];
