// The fixed codes of the catalogue (DECISIONS.md). Display names live in the message catalogues
// under the same codes, so adding a code here without a translation fails the catalogue test.

export const PROGRAMME_KINDS = ["degree", "training", "overseas", "lecture"] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** The policy's ten priority areas (二, end), plus quality systems (三.(七)) and general. */
export const AREAS = [
  "security",
  "linux",
  "embedded",
  "enterprise-it",
  "telecom",
  "egov-ecommerce",
  "edu-multimedia",
  "integration",
  "online-services",
  "export",
  "quality",
  "general",
] as const;
export type Area = (typeof AREAS)[number];

export const LEVELS = ["senior", "mid", "junior"] as const;
export type Level = (typeof LEVELS)[number];

export const MODES = ["in-person", "online", "blended"] as const;
export type Mode = (typeof MODES)[number];

export const ADMISSIONS = ["first-come", "reviewed"] as const;
export type Admission = (typeof ADMISSIONS)[number];

export const PROGRAMME_STATUSES = ["draft", "published", "archived"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** Language of instruction. */
export const LANGUAGES = ["zh", "en", "zh-en"] as const;
export type InstructionLanguage = (typeof LANGUAGES)[number];

export const AWARDS = [
  "bachelor-se",
  "master-se",
  "professional-master-se",
  "higher-vocational-diploma",
  "secondary-vocational-diploma",
] as const;
export type Award = (typeof AWARDS)[number];

export const TRAINING_TRACKS = ["vocational", "knowledge-update", "quality-system", "leadership"] as const;
export type TrainingTrack = (typeof TRAINING_TRACKS)[number];

export const FUNDING = ["full", "partial", "self"] as const;
export type Funding = (typeof FUNDING)[number];

export const INSTITUTION_KINDS = [
  "national-software-college",
  "municipal-software-college",
  "university-college",
  "training-centre",
  "enterprise",
  "overseas-partner",
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** pending: awaiting the bureau; changes-requested: sent back to the applicant; rejected: refused (kept, DECISIONS.md). */
export const INSTITUTION_STATUSES = ["pending", "changes-requested", "verified", "rejected", "suspended"] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

export const PARK_KINDS = ["national-park", "specialised-park", "incubator"] as const;
export type ParkKind = (typeof PARK_KINDS)[number];

export const OFFERING_STATUSES = ["scheduled", "cancelled"] as const;
export type OfferingStatus = (typeof OFFERING_STATUSES)[number];

/** Degree and overseas programmes default to reviewed admission (DECISIONS.md). */
export function defaultAdmission(kind: ProgrammeKind): Admission {
  return kind === "degree" || kind === "overseas" ? "reviewed" : "first-come";
}
