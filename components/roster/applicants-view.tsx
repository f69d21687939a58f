import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import { ArrowLeft } from "lucide-react";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { ENROLLMENT_STATES, type EnrollmentState } from "@/lib/enrollment/states";
import { APPLICANTS_PAGE_SIZE, type ApplicantFilter, type BulkActionName } from "@/lib/roster/schema";
import type { Applicant, ApplicantsPage } from "@/lib/roster/queries";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/forms/field";
import { AnswerList } from "@/components/enrollment/answer-list";
import { ReviewDecision } from "@/components/enrollment/review-decision";
import { SelectBox, SelectionProvider } from "./selection";
import { BulkBar } from "./bulk-bar";
import { RowActions } from "./row-actions";
import { ExportForm } from "./export-form";

const STATE_TONE: Record<EnrollmentState, BadgeTone> = {
  submitted: "brand", confirmed: "success", waitlisted: "warning", offered: "brand", declined: "muted", expired: "muted",
  rejected: "danger", withdrawn: "muted", cancelled: "muted", completed: "success", "no-show": "danger",
};

/** Column widths of the list as a table (md and up), with and without the checkboxes; phones get one card per applicant. */
const COLUMNS = { boxes: "md:grid-cols-[2.75rem_minmax(0,1fr)_9.5rem_7rem_10.5rem]", plain: "md:grid-cols-[minmax(0,1fr)_9.5rem_7rem_10.5rem]" };

interface Props {
  locale: Locale;
  institutionSlug: string;
  data: ApplicantsPage;
  filter: ApplicantFilter;
  rights: { review: boolean; run: boolean };
  now: Date;
}

/**
 * An offering's applicants for its staff: the header with seats and queues, filters that work
 * without JavaScript, the list (cards on phones, a table from md up) with each person's answers,
 * the actions the viewer may take, alone or in bulk, and the roster download.
 */
export async function ApplicantsView({ locale, institutionSlug, data, filter, rights, now }: Props) {
  const [t, ts, format, messages] = await Promise.all([
    getTranslations({ locale, namespace: "studio.applicants" }),
    getTranslations({ locale, namespace: "enrollment.state" }),
    getFormatter({ locale }),
    getMessages({ locale }),
  ]);
  const { offering, counts, items, total } = data;
  const zone = offering.timeZone;
  const base = `/studio/${institutionSlug}`;
  const listPath = `${base}/offerings/${offering.id}/applicants`;
  const title = localized(locale, offering.programme.titleZh, offering.programme.titleEn);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: zone });
  const full = offering.capacity !== null && offering.seatsTaken >= offering.capacity;
  const started = offering.startsAt.getTime() <= now.getTime();
  const all = ENROLLMENT_STATES.reduce((sum, s) => sum + counts[s], 0);
  const filtered = Boolean(filter.state || filter.q);

  const bulk: BulkActionName[] = [
    ...(rights.review && (offering.programme.admission === "reviewed" || counts.submitted > 0) ? (["approve", "reject"] as const) : []),
    ...(rights.run && started ? (["complete", "no-show"] as const) : []),
  ];
  const selectable = bulk.length > 0 ? items.filter((a) => !a.own).map((a) => a.id) : [];
  const boxes = selectable.length > 0;
  const columns = boxes ? COLUMNS.boxes : COLUMNS.plain;
  const may = (a: Applicant) => ({
    decide: rights.review && !a.own && a.state === "submitted",
    move: rights.run && !a.own && a.state === "waitlisted" && counts.waitlisted > 1,
    admit: rights.run && !a.own && (a.state === "waitlisted" || (a.state === "submitted" && full)),
    outcome: rights.run && !a.own && started && a.state === "confirmed",
  });
  // Link adds the language prefix itself.
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    if (filter.state) query.set("state", filter.state);
    if (filter.q) query.set("q", filter.q);
    if (page > 1) query.set("page", String(page));
    const search = query.toString();
    return `${listPath}${search ? `?${search}` : ""}`;
  };
  // The browser needs these texts for the list's interactive parts (and the review buttons' own).
  const clientMessages = { studio: { applicants: messages.studio.applicants }, enrollment: messages.enrollment, validation: messages.validation, languageName: messages.languageName };

  return (
    <NextIntlClientProvider messages={clientMessages}>
      <header className="space-y-3">
        <Link href={base} className="inline-flex min-h-11 items-center gap-1 text-sm text-brand-700 underline underline-offset-2">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("back")}
        </Link>
        <h1 className="text-2xl font-bold break-words text-slate-900">{t("heading", { programme: title })}</h1>
        <p className="text-sm text-slate-700">
          <span className="font-medium text-slate-900">{offering.code}</span>
          {" · "}
          {t("dates", { start: day(offering.startsAt), end: day(offering.endsAt) })}
          {offering.programme.status === "published" && (
            <>
              {" · "}
              <Link href={`/programmes/${offering.programme.slug}`} className="text-brand-700 underline underline-offset-2">{t("programmePage")}</Link>
            </>
          )}
        </p>
        <div className="flex flex-wrap gap-2">
          <Badge tone={full ? "warning" : "neutral"}>
            {offering.capacity === null ? t("seatsUnlimited", { taken: offering.seatsTaken }) : t("seats", { taken: offering.seatsTaken, capacity: offering.capacity })}
          </Badge>
          <Badge tone={counts.waitlisted > 0 ? "warning" : "neutral"}>{t("waitlisted", { count: counts.waitlisted })}</Badge>
          <Badge tone={counts.submitted > 0 ? "brand" : "neutral"}>{t("awaiting", { count: counts.submitted })}</Badge>
        </div>
        {offering.status === "cancelled" && <p className="text-sm font-medium text-rose-800">{t("cancelled")}</p>}
        {offering.status !== "cancelled" && started && rights.run && <p className="text-sm text-slate-700">{t("started")}</p>}
      </header>

      {/* Keyed by the filter, so that after a client-side navigation (clearing the filters) the fields show the URL's values, not the last ones typed. */}
      <form key={`${filter.state ?? ""}|${filter.q ?? ""}`} method="get" action={localePath(locale, listPath)} aria-label={t("filter.label")} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="applicants-state" className="block text-sm font-medium text-slate-800">{t("filter.state")}</label>
          <select id="applicants-state" name="state" defaultValue={filter.state ?? ""} className={inputClass}>
            <option value="">{t("filter.all", { count: all })}</option>
            {ENROLLMENT_STATES.filter((s) => counts[s] > 0 || s === filter.state).map((s) => (
              <option key={s} value={s}>{t("filter.option", { state: ts(s), count: counts[s] })}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="applicants-q" className="block text-sm font-medium text-slate-800">{t("filter.search")}</label>
          <input id="applicants-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} autoComplete="off" className={inputClass} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">{t("filter.apply")}</Button>
          {filtered && <Link href={listPath} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2">{t("filter.clear")}</Link>}
        </div>
      </form>

      <SelectionProvider ids={selectable}>
        {bulk.length > 0 && items.length > 0 && <BulkBar offeringId={offering.id} actions={bulk} />}

        <section aria-labelledby="applicants-list" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="applicants-list" className="text-lg font-semibold text-slate-900">{t("listLabel")}</h2>
            {total > 0 && (
              <p className="text-sm text-slate-700">
                {t("showing", { start: (data.page - 1) * APPLICANTS_PAGE_SIZE + 1, end: (data.page - 1) * APPLICANTS_PAGE_SIZE + items.length, total })}
              </p>
            )}
          </div>
          {items.length === 0 ? (
            <p className="text-slate-700">{filtered ? t("noMatch") : t("none")}</p>
          ) : (
            <div className="md:rounded-xl md:border md:border-slate-200 md:bg-white">
              <div aria-hidden="true" className={`hidden gap-x-4 border-b border-slate-200 px-3 py-2 text-xs font-medium tracking-wide text-slate-600 uppercase md:grid ${columns}`}>
                {boxes && <span />}
                <span>{t("head.applicant")}</span>
                <span>{t("head.state")}</span>
                <span>{t("head.position")}</span>
                <span>{t("head.applied")}</span>
              </div>
              <ul className="space-y-3 md:space-y-0 md:divide-y md:divide-slate-200">
                {items.map((a) => {
                  const can = may(a);
                  const acts = can.move || can.admit || can.outcome;
                  return (
                    <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-3 md:rounded-none md:border-0 md:bg-transparent" data-applicant={a.id}>
                      <div className={`grid items-start gap-x-3 gap-y-1 md:items-center md:gap-x-4 ${boxes ? "grid-cols-[2.75rem_minmax(0,1fr)]" : "grid-cols-1"} ${columns}`}>
                        {boxes && (
                          <div className="row-span-4 -mt-2 -ml-2 md:row-span-1 md:m-0">
                            {selectable.includes(a.id) && <SelectBox id={a.id} label={t("select.one", { name: a.user.name })} />}
                          </div>
                        )}
                        <div className="min-w-0">
                          <p className="font-medium break-words text-slate-900">{a.user.name}</p>
                          <p className="text-sm break-all text-slate-700">{a.user.email}</p>
                          {a.user.phone && <p className="text-sm text-slate-700">{a.user.phone}</p>}
                        </div>
                        <div><Badge tone={STATE_TONE[a.state]}>{ts(a.state)}</Badge></div>
                        <div className="text-sm text-slate-700">
                          {a.position !== null ? t("position", { position: a.position }) : <span aria-hidden="true" className="hidden md:inline">—</span>}
                        </div>
                        <div className="text-sm text-slate-700">
                          <span className="md:hidden">{t("applied", { when: format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: zone }) })}</span>
                          <span className="hidden md:inline">{format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: zone })}</span>
                        </div>
                      </div>
                      <div className={`mt-2 space-y-3 ${boxes ? "md:ml-[4.75rem]" : ""}`}>
                        <AnswerList answers={a.answers} locale={locale} />
                        {a.own && <p className="text-sm text-slate-600">{t("own")}</p>}
                        {can.decide && <ReviewDecision enrollmentId={a.id} applicant={a.user.name} />}
                        {acts && <RowActions offeringId={offering.id} enrollmentId={a.id} name={a.user.name} may={can} position={a.position} />}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          <Pagination page={data.page} pageCount={data.pageCount} hrefFor={hrefFor} />
        </section>
      </SelectionProvider>

      {all > 0 && (
        <section aria-labelledby="roster-export" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="roster-export" className="text-lg font-semibold text-slate-900">{t("export.title")}</h2>
          <p className="text-sm text-slate-700">{t("export.intro")}</p>
          <ExportForm action={`/api/v1/offerings/${offering.id}/roster`} locale={locale} state={filter.state} stateLabel={filter.state ? ts(filter.state) : undefined} />
        </section>
      )}
    </NextIntlClientProvider>
  );
}
