// Shapes of the demo data. Dates are given as whole days relative to the day the seed runs
// (midnight in Asia/Shanghai), with a local clock time, so re-seeding keeps "closing within days"
// true and stays deterministic for a given day.
import type {
  Admission, Area, Award, Funding, InstitutionKind, InstitutionStatus, InstructionLanguage,
  Level, Mode, ParkKind, ProgrammeKind, ProgrammeStatus, TrainingTrack,
} from "../../lib/catalogue/codes";
import type { District } from "../../lib/geo/districts";

export interface DemoInstitution {
  slug: string;
  kind: InstitutionKind;
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  /** Chongqing district; omitted for overseas partners. */
  district?: District;
  /** ISO 3166-1 alpha-2, "CN" for local institutions. */
  country: string;
  website?: string;
  /** Unified social credit code (18 characters) for Chinese institutions. */
  registrationCode?: string;
  status: InstitutionStatus;
  /** What an application to join carries (issue 12); the demo's pending institution has them. */
  address?: string;
  contact?: { name: string; email: string; phone?: string };
}

export interface DemoExpert {
  slug: string;
  nameZh: string;
  nameEn: string;
  affiliationZh: string;
  affiliationEn: string;
  country: string;
  bioZh: string;
  bioEn: string;
}

export interface DemoSession {
  /** Days from seed day; 0 = today. */
  day: number;
  /** Local time in the offering's time zone, "HH:MM". */
  start: string;
  end: string;
  venueZh?: string;
  venueEn?: string;
  /** For online sessions. */
  url?: string;
}

export interface DemoOffering {
  /** Stable per programme, e.g. "2027-spring". */
  code: string;
  /** Enrollment window, in days from seed day (local midnight at start of that day; closes at 23:59 local). */
  opensDay: number;
  closesDay: number;
  /** One or more sessions; the offering starts at the first and ends at the last. */
  sessions: DemoSession[];
  /** Omit for unlimited. */
  capacity?: number;
  /** How many demo learners hold a place (prisma/seed/enrollments.ts makes their enrollments). Equal to capacity means full. */
  seatsTaken?: number;
  /** Applications waiting for the institution's decision (reviewed admission, open window); otherwise the seed's default. */
  awaitingReview?: number;
  cancelled?: { reasonZh: string; reasonEn: string };
}

export interface DemoProgramme {
  slug: string;
  institution: string; // institution slug
  kind: ProgrammeKind;
  area: Area;
  level?: Level;
  /** Defaults per kind (reviewed for degree and overseas). */
  admission?: Admission;
  status?: ProgrammeStatus; // default "published"
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  /** Markdown. */
  bodyZh: string;
  bodyEn: string;
  language: InstructionLanguage;
  feeYuan: number;
  mode: Mode;
  award?: Award; // degree
  durationMonths?: number; // degree, overseas
  track?: TrainingTrack; // training
  country?: string; // overseas destination, ISO alpha-2
  hostInstitution?: string; // overseas: slug of an overseas-partner institution
  funding?: Funding; // overseas
  eligibilityZh?: string; // overseas
  eligibilityEn?: string;
  experts?: string[]; // lecture: expert slugs, in order
  offerings: DemoOffering[];
}

export interface DemoPark {
  slug: string;
  kind: ParkKind;
  nameZh: string;
  nameEn: string;
  district?: District;
  summaryZh: string;
  summaryEn: string;
}

export interface DemoTarget {
  key: string;
  period: string;
  min: number;
  max?: number;
  unit: string;
  labelZh: string;
  labelEn: string;
  clause: string;
}
