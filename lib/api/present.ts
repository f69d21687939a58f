// Maps what the queries return to the API's shapes (lib/api/schema.ts).
import type { ProgrammeCard, ProgrammeDetail } from "../catalogue/queries";
import { enrollmentWindowState, seatsLeft, type WindowInput } from "../catalogue/window";
import type { InstitutionDetail, InstitutionListItem } from "../institutions/queries";
import type { z } from "zod";
import type { apiInstitutionDetailSchema, apiInstitutionSchema, apiProgrammeDetailSchema, ApiOffering, ApiProgrammeSummary, apiMeSchema, apiTokenSchema, apiEnrollmentSchema } from "./schema";
import type { ApiTokenView, ProfileView } from "../accounts/queries";
import type { EnrollmentView } from "../enrollment/queries";
import { selfActions, type EnrollmentState } from "../enrollment/states";
import { readSnapshot } from "../enrollment/questions";
import type { apiStaffOfferingSchema, apiStaffOfferingSummarySchema, apiStaffProgrammeSchema, apiStaffProgrammeSummarySchema } from "./schema";
import type { EditorProgramme } from "../programmes/queries";
import type { findWorkspace } from "../studio/queries";
import type { findProgrammeOfferings, OfferingEditorView } from "../offerings/queries";
import { completenessOfValues } from "../programmes/completeness";
import { toLocalDateTime } from "../offerings/times";

const text = (zh: string | null | undefined, en: string | null | undefined) => ({ zh: zh ?? "", en: en ?? "" });

function presentOffering(o: WindowInput, now: Date): ApiOffering {
  const state = enrollmentWindowState(o, now);
  return {
    startsAt: o.startsAt.toISOString(),
    endsAt: o.endsAt.toISOString(),
    timeZone: o.timeZone,
    opensAt: o.opensAt.toISOString(),
    closesAt: new Date(Math.min(o.closesAt.getTime(), o.startsAt.getTime())).toISOString(),
    capacity: o.capacity,
    seatsLeft: seatsLeft(o),
    window: state.kind,
  };
}

type ProgrammeFields = Pick<ProgrammeCard, "slug" | "kind" | "area" | "level" | "mode" | "feeYuan" | "titleZh" | "titleEn" | "summaryZh" | "summaryEn"> & {
  institution: { slug: string; nameZh: string; nameEn: string };
};

/** What a programme's summary and detail share. */
function programmeFields(p: ProgrammeFields): Omit<ApiProgrammeSummary, "nextOffering"> {
  return {
    slug: p.slug,
    kind: p.kind as ApiProgrammeSummary["kind"],
    area: p.area as ApiProgrammeSummary["area"],
    level: p.level as ApiProgrammeSummary["level"],
    mode: p.mode as ApiProgrammeSummary["mode"],
    feeYuan: p.feeYuan,
    title: text(p.titleZh, p.titleEn),
    summary: text(p.summaryZh, p.summaryEn),
    institution: { slug: p.institution.slug, name: text(p.institution.nameZh, p.institution.nameEn) },
  };
}

export function presentSummary(p: ProgrammeCard, now: Date): ApiProgrammeSummary {
  const next = p.offerings[0];
  return { ...programmeFields(p), nextOffering: next ? presentOffering(next, now) : null };
}

export function presentDetail(p: ProgrammeDetail, now: Date): z.infer<typeof apiProgrammeDetailSchema> {
  return {
    ...programmeFields(p),
    body: text(p.bodyZh, p.bodyEn),
    admission: p.admission as "first-come" | "reviewed",
    language: p.language,
    award: p.award,
    durationMonths: p.durationMonths,
    track: p.track,
    country: p.country,
    funding: p.funding,
    hostInstitution: p.hostInstitution ? { slug: p.hostInstitution.slug, name: text(p.hostInstitution.nameZh, p.hostInstitution.nameEn) } : null,
    experts: p.experts.map(({ expert: e }) => ({ name: text(e.nameZh, e.nameEn), affiliation: text(e.affiliationZh, e.affiliationEn), country: e.country })),
    offerings: p.offerings.map((o) => ({
      ...presentOffering(o, now),
      feeYuan: o.feeYuan ?? p.feeYuan,
      mode: (o.mode ?? p.mode) as ApiProgrammeSummary["mode"],
      admission: (o.admission ?? p.admission) as "first-come" | "reviewed",
      venue: o.venueZh || o.venueEn ? text(o.venueZh, o.venueEn) : null,
      // Online links are for confirmed participants (findProgrammeBySlug leaves them out), not the public API.
      online: o.online,
      cancelReason: o.status === "cancelled" && (o.cancelReasonZh || o.cancelReasonEn) ? text(o.cancelReasonZh, o.cancelReasonEn) : null,
      sessions: o.sessions.map((s) => ({
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        venue: s.venueZh || s.venueEn ? text(s.venueZh, s.venueEn) : null,
        online: s.online,
      })),
    })),
  };
}

type InstitutionFields = Pick<InstitutionListItem, "slug" | "kind" | "status" | "nameZh" | "nameEn" | "summaryZh" | "summaryEn" | "district" | "country">;
type ApiInstitution = z.infer<typeof apiInstitutionSchema>;

/** What an institution's list entry and detail share. */
function institutionFields(i: InstitutionFields): Omit<ApiInstitution, "programmeCount"> {
  return {
    slug: i.slug,
    kind: i.kind as ApiInstitution["kind"],
    status: i.status as ApiInstitution["status"],
    name: text(i.nameZh, i.nameEn),
    summary: text(i.summaryZh, i.summaryEn),
    district: i.district,
    country: i.country,
  };
}

export function presentInstitution(i: InstitutionListItem): ApiInstitution {
  return { ...institutionFields(i), programmeCount: i.programmeCount };
}

export function presentInstitutionDetail(i: InstitutionDetail, now: Date): z.infer<typeof apiInstitutionDetailSchema> {
  return { ...institutionFields(i), website: i.website, programmes: i.programmes.map((p) => presentSummary(p, now)) };
}


export function presentMe(profile: ProfileView, memberships: { institutionSlug: string; role: string }[]): z.infer<typeof apiMeSchema> {
  return {
    id: profile.id,
    email: profile.email,
    emailVerified: profile.emailVerifiedAt !== null,
    name: profile.name,
    phone: profile.phone,
    locale: profile.locale as "zh-CN" | "en",
    education: profile.education as z.infer<typeof apiMeSchema>["education"],
    employer: profile.employer,
    yearsExperience: profile.yearsExperience,
    talentLevel: profile.talentLevel as z.infer<typeof apiMeSchema>["talentLevel"],
    roles: {
      bureau: profile.bureauRole as z.infer<typeof apiMeSchema>["roles"]["bureau"],
      institutions: memberships.map((m) => ({ slug: m.institutionSlug, role: m.role as "owner" })),
    },
  };
}

export function presentToken(token: ApiTokenView): z.infer<typeof apiTokenSchema> {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revoked: token.revokedAt !== null,
  };
}

export function presentEnrollment(e: EnrollmentView): z.infer<typeof apiEnrollmentSchema> {
  const p = e.offering.programme;
  return {
    id: e.id,
    state: e.state,
    position: e.position,
    offerExpiresAt: e.offerExpiresAt?.toISOString() ?? null,
    actions: selfActions(e.state),
    createdAt: e.createdAt.toISOString(),
    offering: {
      id: e.offering.id,
      startsAt: e.offering.startsAt.toISOString(),
      endsAt: e.offering.endsAt.toISOString(),
      timeZone: e.offering.timeZone,
      programme: { slug: p.slug, title: text(p.titleZh, p.titleEn), institution: { slug: p.institution.slug, name: text(p.institution.nameZh, p.institution.nameEn) } },
      // Present only for confirmed and completed places (findEnrollmentsOf removes it otherwise).
      onlineUrl: e.offering.onlineUrl ?? e.offering.sessions.find((s) => s.url)?.url ?? null,
    },
    timeline: e.events.map((ev) => ({ from: ev.from as EnrollmentState | null, to: ev.to as EnrollmentState, at: ev.at.toISOString(), reasonCode: ev.reasonCode, message: ev.message })),
    formVersion: e.formVersion,
    answers: readSnapshot(e.answers)?.values ?? null,
  };
}

// ─── Staff: an institution's programmes and offerings ─────────────────────────

type StaffProgrammeSummary = z.infer<typeof apiStaffProgrammeSummarySchema>;
type WorkspaceProgramme = Awaited<ReturnType<typeof findWorkspace>>["programmes"][number];
type ProgrammeOffering = NonNullable<Awaited<ReturnType<typeof findProgrammeOfferings>>>["offerings"][number];

/** A programme in the institution's list (lib/studio/queries.ts findWorkspace). */
export function presentStaffProgrammeSummary(p: WorkspaceProgramme): StaffProgrammeSummary {
  return {
    id: p.id, slug: p.slug, kind: p.kind, status: p.status as StaffProgrammeSummary["status"], title: text(p.titleZh, p.titleEn),
    version: p.updatedAt.toISOString(), workingCopy: p.unsavedDraft, completeness: p.completeness,
  };
}

/** A programme as its editors work on it: its saved fields (what PUT replaces and publishing publishes) and their completeness. */
export function presentStaffProgramme(p: EditorProgramme): z.infer<typeof apiStaffProgrammeSchema> {
  return {
    id: p.id, slug: p.slug, kind: p.kind, status: p.status as StaffProgrammeSummary["status"], title: text(p.saved.titleZh, p.saved.titleEn),
    version: p.version, workingCopy: p.draftSavedAt !== null, completeness: completenessOfValues(p.kind, p.saved),
    publishedAt: p.publishedAt?.toISOString() ?? null, workingCopySavedAt: p.draftSavedAt?.toISOString() ?? null, fields: p.saved,
  };
}

/** A programme's offering in its list (lib/offerings/queries.ts findProgrammeOfferings). */
export function presentStaffOfferingSummary(o: ProgrammeOffering): z.infer<typeof apiStaffOfferingSummarySchema> {
  return {
    id: o.id, code: o.code, status: o.status as "scheduled" | "cancelled", timeZone: o.timeZone,
    startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString(), opensAt: o.opensAt.toISOString(), closesAt: o.closesAt.toISOString(),
    capacity: o.capacity, seatsTaken: o.seatsTaken, sessionCount: o.sessionCount, waitlisted: o.waitlisted,
  };
}

/** One offering as its staff run it: seats, queues, sessions with their ids, and its details as PATCH takes them. */
export function presentStaffOffering(o: OfferingEditorView): z.infer<typeof apiStaffOfferingSchema> {
  const local = (d: Date) => toLocalDateTime(d, o.timeZone);
  return {
    id: o.id, code: o.code, status: o.status as "scheduled" | "cancelled", timeZone: o.timeZone,
    startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString(), opensAt: o.opensAt.toISOString(), closesAt: o.closesAt.toISOString(),
    capacity: o.capacity, seatsTaken: o.seatsTaken, waitlisted: o.waitlisted, submitted: o.submitted,
    programme: { id: o.programme.id, slug: o.programme.slug, title: text(o.programme.titleZh, o.programme.titleEn) },
    cancelledAt: o.cancelledAt?.toISOString() ?? null,
    cancelReason: o.cancelReasonZh || o.cancelReasonEn ? text(o.cancelReasonZh, o.cancelReasonEn) : null,
    sessions: o.sessions.map((s) => ({
      id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(),
      venue: s.venueZh || s.venueEn ? text(s.venueZh, s.venueEn) : null, url: s.url, attendances: s._count.attendances,
    })),
    fields: {
      code: o.code, timeZone: o.timeZone, startsAt: local(o.startsAt), endsAt: local(o.endsAt), opensAt: local(o.opensAt), closesAt: local(o.closesAt),
      feeYuan: o.feeYuan, mode: o.mode as ApiProgrammeSummary["mode"] | null, admission: o.admission as "first-come" | "reviewed" | null,
      venueZh: o.venueZh, venueEn: o.venueEn, onlineUrl: o.onlineUrl,
    },
  };
}
