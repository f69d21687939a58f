// Codes of the accounts domain. Display names live in the message catalogues under the same codes.
import { LEVELS } from "../catalogue/codes";

export const EDUCATION_LEVELS = ["secondary", "vocational", "associate", "bachelor", "master", "doctorate"] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Self-assessed, on the policy's three talent levels (高级, 中级, 初级). */
export const TALENT_LEVELS = LEVELS;

/** The privacy notice people consent to at sign-up; a new version means asking again. */
export const PRIVACY_NOTICE_VERSION = "2026-11";

export const ONE_TIME_PURPOSES = ["verify-email", "reset-password", "change-email"] as const;
export type OneTimePurpose = (typeof ONE_TIME_PURPOSES)[number];

/** How long an emailed link works, in minutes. */
export const LINK_LIFETIME_MINUTES: Record<OneTimePurpose, number> = {
  "verify-email": 48 * 60,
  "reset-password": 60,
  "change-email": 24 * 60,
};

export const TOKEN_LIFETIMES_DAYS = [30, 90, 365] as const;

export const PASSWORD_MIN_LENGTH = 8;
/** Far above the 64 that NIST asks to allow; argon2 hashes all of it (nothing is truncated). */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The demo accounts' password, published in the README. Only the seed sets it (local use, with no
 * rules to pass); the password rules refuse it at sign-up, reset and change (password-rules.ts).
 */
export const DEMO_PASSWORD = "demo-Portal-2026";
