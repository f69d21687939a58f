// Inputs of offerings and their sessions, defined once for the forms, the server actions and the
// API. Dates and times arrive as staff type them (datetime-local values, "YYYY-MM-DD", "HH:mm") and
// are read in the offering's time zone. Rules carry a message key: of the `validation` namespace,
// or a full key of `studio.offerings.errors` (lib/i18n/validation.ts puts both into words).
import { z } from "../zod";
import { ADMISSIONS, MODES } from "../catalogue/codes";
import { idSchema, webAddressSchema } from "../forms/schemas";
import { DEFAULT_TIME_ZONE } from "../dates";
import { hasControlCharacter, withoutInvalidCharacter } from "../text";
import { calendarParts, DATE_TIME, fromLocalDateTime, isTimeZone, TIME } from "./times";

const E = (key: string) => `studio.offerings.errors.${key}`;

/** The most sessions one offering may have (a weekly course over a year is 52). */
export const MAX_SESSIONS = 200;
export const MAX_SERIES_WEEKS = 52;
export const REASON_MAX = 500;

/** Form values: trimmed text, and "" (or an empty number field) meaning "not given". */
const blank = (value: unknown) => (typeof value === "string" && value.trim() === "") || value === undefined || (typeof value === "number" && Number.isNaN(value)) ? null : value;
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

const line = (max: number, required: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: `text_too_long:${max}` })
    .refine(...withoutInvalidCharacter).refine((value) => !hasControlCharacter(value), { error: "text_one_line" });
const optionalLine = (max: number) => z.preprocess(blank, line(max, "text_one_line").nullable());
const paragraph = (max: number, required: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: `text_too_long:${max}` }).refine(...withoutInvalidCharacter);

const toNumber = (value: unknown) => {
  const v = blank(trimmed(value));
  return typeof v === "string" && /^[+-]?\d{1,12}$/.test(v) ? Number(v) : v;
};
const whole = (min: number, max: number, key: string) => z.number({ error: key }).int({ error: key }).min(min, { error: key }).max(max, { error: key });
/** A whole number typed in a field. */
const wholeNumber = (min: number, max: number, key: string) => z.preprocess(toNumber, whole(min, max, key));
/** A whole number typed in a field, where blank means null. */
const optionalWholeNumber = (min: number, max: number, key: string) => z.preprocess(toNumber, whole(min, max, key).nullable());

/** An online link; "meet.example.cn/room" gets https:// in front. Optional. */
const linkSchema = webAddressSchema(500);

const timeZoneSchema = z.preprocess((v) => blank(trimmed(v)) ?? DEFAULT_TIME_ZONE, z.string().max(64, { error: E("time_zone") }).refine(isTimeZone, { error: E("time_zone") }));
const localDateTime = z.string({ error: E("date_time") }).trim().regex(DATE_TIME, { error: E("date_time") });
const localDate = z.string({ error: E("date") }).trim().refine((v) => calendarParts(v) !== null, { error: E("date") });
const clockTime = z.string({ error: E("time") }).trim().regex(TIME, { error: E("time") });

/** An offering's code: stable within its programme and part of the application form's address ("2027-spring"). */
export const offeringCodeSchema = z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.string({ error: E("code") }).min(1, { error: E("code") }).max(40, { error: E("code") }).regex(/^[a-z0-9][a-z0-9-]*$/, { error: E("code") }));

const offeringFields = {
  code: offeringCodeSchema,
  timeZone: timeZoneSchema,
  startsAt: localDateTime,
  endsAt: localDateTime,
  opensAt: localDateTime,
  closesAt: localDateTime,
  /** Blank: no limit. */
  capacity: optionalWholeNumber(1, 100_000, E("capacity")),
  /** Blank: the programme's fee. */
  feeYuan: optionalWholeNumber(0, 10_000_000, E("fee")),
  /** Blank: the programme's mode and admission. */
  mode: z.preprocess(blank, z.enum(MODES, { error: "invalid_choice" }).nullable()),
  admission: z.preprocess(blank, z.enum(ADMISSIONS, { error: "invalid_choice" }).nullable()),
  venueZh: optionalLine(200),
  venueEn: optionalLine(200),
  onlineUrl: linkSchema,
};

type Fields = { timeZone: string; startsAt: string; endsAt: string; opensAt: string; closesAt: string };

/** The four moments read in the offering's zone, in order: it starts before it ends, and enrolment opens before it closes, by the start. */
function withInstants<T extends Fields>(value: T, ctx: z.core.$RefinementCtx<T>) {
  const at = (name: keyof Fields) => {
    const instant = fromLocalDateTime(value[name], value.timeZone);
    if (!instant) ctx.addIssue({ code: "custom", message: E("date_time"), path: [name] });
    return instant;
  };
  const [startsAt, endsAt, opensAt, closesAt] = [at("startsAt"), at("endsAt"), at("opensAt"), at("closesAt")];
  if (startsAt && endsAt && endsAt <= startsAt) ctx.addIssue({ code: "custom", message: E("ends_before_start"), path: ["endsAt"] });
  if (opensAt && closesAt && closesAt <= opensAt) ctx.addIssue({ code: "custom", message: E("closes_before_opens"), path: ["closesAt"] });
  if (startsAt && closesAt && closesAt > startsAt) ctx.addIssue({ code: "custom", message: E("closes_after_start"), path: ["closesAt"] });
  return { ...value, startsAt: startsAt!, endsAt: endsAt!, opensAt: opensAt!, closesAt: closesAt! };
}

/** A new offering of a programme. */
export const createOfferingSchema = z.object({ programmeId: idSchema, ...offeringFields }).transform(withInstants);
/** An offering's details as staff give them, before they are read as instants: the API answers an offering's details in this shape. */
export const offeringDetailsSchema = z.object(offeringFields).omit({ capacity: true });
/** An offering's details changed (its sessions and capacity have their own inputs). */
export const updateOfferingSchema = z.object({ offeringId: idSchema, ...offeringFields }).omit({ capacity: true }).transform(withInstants);
export type CreateOfferingInput = z.output<typeof createOfferingSchema>;
export type UpdateOfferingInput = z.output<typeof updateOfferingSchema>;
export type OfferingFormValues = z.input<typeof createOfferingSchema>;

const sessionPlace = { venueZh: optionalLine(200), venueEn: optionalLine(200), url: linkSchema };

/** One session, on a local date from one clock time to a later one. */
export const sessionSchema = z
  .object({ offeringId: idSchema, date: localDate, startTime: clockTime, endTime: clockTime, ...sessionPlace })
  .refine((v) => v.endTime > v.startTime, { error: E("session_end"), path: ["endTime"] });
export type SessionInput = z.output<typeof sessionSchema>;

export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

/**
 * A weekly series in one step: from the first date, `weeks` weeks of sessions at the same local
 * time, on the first date's weekday or on the weekdays chosen (ISO: 1 = Monday).
 */
export const sessionSeriesSchema = z
  .object({
    offeringId: idSchema,
    firstDate: localDate,
    startTime: clockTime,
    durationMinutes: wholeNumber(15, 12 * 60, E("duration")),
    weeks: wholeNumber(1, MAX_SERIES_WEEKS, `${E("weeks")}:${MAX_SERIES_WEEKS}`),
    weekdays: z.preprocess(
      (v) => (v === false || v === undefined || v === null || v === "" ? [] : typeof v === "string" ? [v] : v),
      z.array(z.enum(WEEKDAYS, { error: "invalid_choice" }), { error: "invalid_choice" }).max(7, { error: "invalid_choice" }).transform((days) => [...new Set(days)].sort()),
    ),
    ...sessionPlace,
  })
  .refine((v) => v.weeks * Math.max(1, v.weekdays.length) <= MAX_SESSIONS, { error: `${E("too_many_sessions")}:${MAX_SESSIONS}`, path: ["weeks"] });
export type SessionSeriesInput = z.output<typeof sessionSeriesSchema>;

export const removeSessionSchema = z.object({ offeringId: idSchema, sessionId: idSchema });

/** A new capacity; blank means no limit. */
export const capacitySchema = z.object({ offeringId: idSchema, capacity: optionalWholeNumber(1, 100_000, E("capacity")) });
export type CapacityInput = z.output<typeof capacitySchema>;

/** Cancelling an offering: why, in both languages (every applicant reads it in theirs). */
export const cancelOfferingSchema = z.object({
  offeringId: idSchema,
  reasonZh: paragraph(REASON_MAX, E("reason_required")),
  reasonEn: paragraph(REASON_MAX, E("reason_required")),
});
export type CancelOfferingInput = z.output<typeof cancelOfferingSchema>;
