"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ADMISSIONS, AREAS, AWARDS, FUNDING, LANGUAGES, LEVELS, MODES, TRAINING_TRACKS, type ProgrammeKind } from "@/lib/catalogue/codes";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { timeFormat } from "@/lib/i18n/formats";
import { completenessOfValues, percent, requiredFields, type Completeness, type CompletenessInput } from "@/lib/programmes/completeness";
import { LIMITS, programmeFieldsSchema, type ProgrammeDraft, type ProgrammeFields, type ProgrammeFormValues } from "@/lib/programmes/schema";
import { changeProgrammeStatusAction, publishProgrammeAction, saveProgrammeAction, saveProgrammeDraftAction } from "@/lib/programmes/actions";
import type { ActionResult } from "@/lib/forms/result";
import type { EditorState } from "@/lib/programmes/mutations";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { CompletenessMeter } from "./completeness-meter";
import { MarkdownField } from "./markdown-field";
import { ExpertPicker, type ExpertOption } from "./expert-picker";
import { useAutosave, type AutosaveResult } from "./use-autosave";

export interface EditorProps {
  institution: { id: string; slug: string; verified: boolean };
  programme: { id: string; kind: ProgrammeKind; status: string; slug: string; publishedAt: string | null; version: string; draftSavedAt: string | null; values: ProgrammeDraft };
  experts: ExpertOption[];
  hosts: { id: string; nameZh: string; nameEn: string; country: string }[];
  /** Countries and regions with their names in the reader's language, sorted by name. */
  countries: { code: string; name: string }[];
}

type Values = ProgrammeFormValues;
type Name = Path<Values>;
type Outcome = { error?: string; success?: string; reload?: boolean };

const STATUS_TONE = { draft: "warning", published: "success", archived: "muted" } as const;
/** Empty choices and numbers as the form's controls hold them. */
const toForm = (values: ProgrammeDraft): Values =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? "" : v])) as Values;
/** What goes to the server: an empty number field (NaN) as empty. */
const payload = (values: Values) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" && Number.isNaN(v) ? null : v])) as Values;

/**
 * The programme editor: Chinese and English side by side (stacked on phones), the fields of its
 * kind, a completeness meter per language that follows the typing, autosave of the working copy,
 * and save / publish / unpublish / archive / restore. Every write carries the version it was based
 * on; a stale one is refused by the server and said so here.
 */
export function ProgrammeEditor({ institution, programme, experts: initialExperts, hosts, countries }: EditorProps) {
  const t = useTranslations("studio.editor");
  const tAll = useTranslations();
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const router = useRouter();
  const kind = programme.kind;
  const form = useForm<Values, unknown, ProgrammeFields>({
    resolver: zodResolver(programmeFieldsSchema) as unknown as Resolver<Values, unknown, ProgrammeFields>,
    defaultValues: toForm(programme.values),
    mode: "onTouched",
  });
  const { errors } = form.formState;
  const values = useWatch({ control: form.control }) as Values;
  const version = useRef(programme.version);
  const [state, setState] = useState({ status: programme.status, slug: programme.slug, publishedAt: programme.publishedAt, hasDraft: programme.draftSavedAt !== null });
  const [outcome, setOutcome] = useState<Outcome>({});
  const [busy, setBusy] = useState(false);
  const [expertOptions, setExpertOptions] = useState(initialExperts);
  const target = () => ({ institutionId: institution.id, programmeId: programme.id, version: version.current });

  /** Server field errors onto their fields (the first focused); the form's message, with a reload offer when the programme moved on. */
  const refused = (result: Extract<ActionResult<unknown>, { ok: false }>, focus = true): Outcome => {
    const fields = Object.entries(result.fieldErrors).filter(([path]) => path);
    fields.forEach(([path, message], i) => form.setError(path as Name, { message }, { shouldFocus: focus && i === 0 }));
    const error = result.formError ?? (fields.length ? t("fixFields") : tAll("validation.unexpected"));
    return { error, reload: error === t("stale") || error === t("notAllowed") || error === tAll("validation.not_found") };
  };

  const autosave = useAutosave(async (): Promise<AutosaveResult> => {
    const result = await saveProgrammeDraftAction({ ...target(), ...payload(form.getValues()) }, locale).catch(() => null);
    if (!result) return { ok: false, message: tAll("validation.failed") };
    if (!result.ok) {
      // Not focused: the person is typing somewhere else.
      const why = refused(result, false);
      if (why.reload) setOutcome(why);
      return { ok: false, message: why.error ?? t("autosave.invalid") };
    }
    version.current = result.data.version;
    setState((s) => ({ ...s, hasDraft: true }));
    return { ok: true, at: result.data.draftSavedAt ?? result.data.version };
  }, programme.draftSavedAt ? { kind: "saved", at: programme.draftSavedAt } : { kind: "clean" });

  // Every change a person makes (typing, choosing, the experts list) schedules an autosave; a reset does not.
  const { schedule } = autosave;
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name) schedule();
    });
    return () => subscription.unsubscribe();
  }, [form, schedule]);

  const applied = (data: EditorState, done: string) => {
    version.current = data.version;
    setState({ status: data.status, slug: data.slug, publishedAt: data.publishedAt, hasDraft: data.draftSavedAt !== null });
    autosave.setStatus(data.draftSavedAt ? { kind: "saved", at: data.draftSavedAt } : { kind: "clean" });
    setOutcome({ success: done });
    router.refresh();
  };

  /** Save or publish the working copy: checked here by the server's own rules first, then by the server. */
  const apply = async (mode: "save" | "publish") => {
    setOutcome({});
    // The working copy is saved first, so what was typed is kept even if this is refused.
    await autosave.flush();
    if (!(await form.trigger(undefined, { shouldFocus: true }))) return setOutcome({ error: t("fixFields") });
    setBusy(true);
    const action = mode === "save" ? saveProgrammeAction : publishProgrammeAction;
    // The server parses the raw values again with the same schema.
    const result = await action({ ...target(), ...payload(form.getValues()) } as Parameters<typeof action>[0], locale).catch(() => null);
    setBusy(false);
    if (!result) return setOutcome({ error: tAll("validation.failed") });
    if (!result.ok) return setOutcome(refused(result));
    applied(result.data, t(`done.${mode === "publish" && state.status === "published" ? "publishChanges" : mode}`));
  };

  const change = async (which: "unpublish" | "archive" | "restore" | "discard") => {
    if (which !== "restore" && !window.confirm(t(`confirm.${which}`))) return;
    setOutcome({});
    // Discarding drops what is typed; the other changes keep it as the working copy.
    await (which === "discard" ? autosave.settle() : autosave.flush());
    setBusy(true);
    const result = await changeProgrammeStatusAction({ ...target(), change: which }, locale).catch(() => null);
    setBusy(false);
    if (!result) return setOutcome({ error: tAll("validation.failed") });
    if (!result.ok) return setOutcome(refused(result));
    if (result.data.values) form.reset(toForm(result.data.values));
    applied(result.data, t(`done.${which}`));
  };

  const completeness = useMemo(() => completenessOfValues(kind, values as unknown as Omit<CompletenessInput, "kind" | "expertCount"> & { experts: string[] }), [kind, values]);
  const required = useMemo(() => new Set(Object.values(requiredFields(kind)).flat()), [kind]);
  const label = (name: string) => (
    <>
      {t(`fields.${name}` as "fields.titleZh")}
      {required.has(name) && <span className="ml-1 text-xs font-normal text-slate-600">· {t("hints.required")}</span>}
    </>
  );
  const focusField = (name: string) => {
    if (name === "experts") document.querySelector<HTMLElement>("#field-experts select")?.focus();
    else form.setFocus(name as Name);
  };

  const text = (name: Name, lang: string, max: number, hint?: string) => (
    <Field label={label(name)} hint={hint} error={errors[name as keyof Values]?.message as string | undefined}>
      {(c) => <input {...c} {...form.register(name)} lang={lang} maxLength={max} className={inputClass} />}
    </Field>
  );
  const area = (name: Name, lang: string, max: number, rows: number, hint?: string) => (
    <Field label={label(name)} hint={hint} error={errors[name as keyof Values]?.message as string | undefined}>
      {(c) => <textarea {...c} {...form.register(name)} lang={lang} rows={rows} maxLength={max} className={inputClass} />}
    </Field>
  );
  const select = (name: Name, options: readonly string[], optionLabel: (code: string) => string, { empty = false, hint }: { empty?: boolean; hint?: string } = {}) => (
    <Field label={label(name)} hint={hint} error={errors[name as keyof Values]?.message as string | undefined}>
      {(c) => (
        <select {...c} {...form.register(name)} className={inputClass}>
          {empty && <option value="">{t("choose")}</option>}
          {options.map((code) => <option key={code} value={code}>{optionLabel(code)}</option>)}
        </select>
      )}
    </Field>
  );
  const number = (name: Name, max: number, hint?: string) => (
    <Field label={label(name)} hint={hint} error={errors[name as keyof Values]?.message as string | undefined}>
      {(c) => <input {...c} {...form.register(name, { valueAsNumber: true })} type="number" inputMode="numeric" min={0} max={max} step={1} className={inputClass} />}
    </Field>
  );

  const columns = (lang: "zh" | "en") => {
    const suffix = lang === "zh" ? "Zh" : "En";
    const htmlLang = lang === "zh" ? "zh-CN" : "en";
    const body = `body${suffix}` as const;
    const rows: ReactNode[] = [
      text(`title${suffix}`, htmlLang, LIMITS.title),
      area(`summary${suffix}`, htmlLang, LIMITS.summary, 4, t("hints.summary")),
      ...(kind === "training" ? [text(`certificate${suffix}`, htmlLang, LIMITS.certificate, t("hints.certificate"))] : []),
      ...(kind === "overseas" ? [area(`eligibility${suffix}`, htmlLang, LIMITS.eligibility, 3, t("hints.eligibility"))] : []),
      <MarkdownField key={body} label={label(body)} name={t(`fields.${body}`)} hint={t("hints.body")} error={errors[body]?.message} lang={htmlLang} value={String(values[body] ?? "")}>
        {(c) => <textarea {...c} {...form.register(body)} lang={htmlLang} rows={12} maxLength={LIMITS.body} className={`${inputClass} font-mono text-sm`} />}
      </MarkdownField>,
    ];
    return (
      <section
        aria-labelledby={`lang-${lang}`}
        className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 md:row-span-(--rows) md:grid-rows-subgrid"
        style={{ "--rows": rows.length + 1 } as React.CSSProperties}
      >
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-2">
          <h3 id={`lang-${lang}`} className="text-base font-semibold text-slate-900">{t(`languages.${lang}`)}</h3>
          <CompletenessMeter label={t("completeness.label")} name={t(`completeness.${lang}`)} percent={percent(completeness[lang])} />
        </div>
        {rows.map((row, i) => <div key={i}>{row}</div>)}
      </section>
    );
  };

  const title = localized(locale, String(values.titleZh ?? ""), String(values.titleEn ?? "")) || t("untitled");
  const base = `/studio/${institution.slug}/programmes/${programme.id}`;
  const published = state.status === "published";
  const archived = state.status === "archived";
  const linkClass = "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600";
  const savedText = (() => {
    const s = autosave.status;
    if (s.kind === "saving") return t("autosave.saving");
    if (s.kind === "pending") return t("autosave.pending");
    if (s.kind === "error") return t("autosave.failed", { message: s.message });
    if (s.kind === "clean") return t("autosave.clean");
    const at = new Date(s.at);
    const today = Date.now() - at.getTime() < 12 * 3_600_000;
    const when = today ? format.dateTime(at, timeFormat("Asia/Shanghai")) : format.dateTime(at, { month: "short", day: "numeric", ...timeFormat("Asia/Shanghai") });
    return t("autosave.saved", { when });
  })();

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Link href={`/studio/${institution.slug}`} className="text-sm text-brand-700 underline underline-offset-2">{t("backToWorkspace")}</Link>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="min-w-0 text-2xl font-bold break-words text-slate-900">{title}</h1>
          <Badge tone={STATUS_TONE[state.status as keyof typeof STATUS_TONE] ?? "neutral"}>{tAll(`studio.programmeStatus.${state.status as "draft"}`)}</Badge>
          <Badge tone="brand">{tAll(`kind.${kind}`)}</Badge>
        </div>
        {published && state.publishedAt && <p className="text-sm text-slate-600">{t("publishedOn", { when: format.dateTime(new Date(state.publishedAt), { dateStyle: "medium", timeZone: "Asia/Shanghai" }) })}</p>}
        <nav aria-label={t("links")}>
          <ul className="flex flex-wrap gap-2">
            {/* A tab of its own: coming back with the browser's Back would show the editor as first loaded. */}
            <li><Link href={`${base}/preview`} target="_blank" className={linkClass}>{t("preview")}</Link></li>
            <li><Link href={`${base}/offerings`} className={linkClass}>{t("offerings")}</Link></li>
            <li><Link href={`${base}/questions`} className={linkClass}>{t("questions")}</Link></li>
            {published && <li><Link href={`/programmes/${state.slug}`} className={linkClass}>{t("publicPage")}</Link></li>}
          </ul>
        </nav>
        {!institution.verified && <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("unverifiedNote")}</p>}
        {archived && <p className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">{t("archivedNote")}</p>}
        {published && state.hasDraft && <p className="rounded-lg border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900">{t("pendingChanges")}</p>}
      </header>

      <CompletenessPanel completeness={completeness} focusField={focusField} />

      <form noValidate onSubmit={(e) => e.preventDefault()} className="space-y-6">
        <section aria-labelledby="section-text" className="space-y-3">
          <h2 id="section-text" className="text-lg font-semibold text-slate-900">{t("sections.text")}</h2>
          <div className="grid gap-4 md:grid-cols-2">
            {columns("zh")}
            {columns("en")}
          </div>
        </section>

        <section aria-labelledby="section-details" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="section-details" className="text-lg font-semibold text-slate-900">{t("sections.details")}</h2>
            {completeness.shared.total > 0 && <CompletenessMeter label={t("completeness.shared")} percent={percent(completeness.shared)} />}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            {select("area", AREAS, (c) => tAll(`area.${c}` as "area.linux"))}
            {select("level", LEVELS, (c) => tAll(`level.${c}` as "level.senior"), { empty: true, hint: t("hints.level") })}
            {select("mode", MODES, (c) => tAll(`mode.${c}` as "mode.online"))}
            {select("admission", ADMISSIONS, (c) => tAll(`admission.${c}` as "admission.reviewed"))}
            {select("language", LANGUAGES, (c) => tAll(`instructionLanguage.${c}` as "instructionLanguage.zh"))}
            {number("feeYuan", LIMITS.fee, t("hints.fee"))}
          </div>
        </section>

        <section aria-labelledby="section-kind" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="section-kind" className="text-lg font-semibold text-slate-900">{t(`sections.${kind}`)}</h2>
          {kind === "degree" && (
            <div className="grid gap-4 sm:grid-cols-2">
              {select("award", AWARDS, (c) => tAll(`award.${c}` as "award.master-se"), { empty: true })}
              {number("durationMonths", LIMITS.months)}
            </div>
          )}
          {kind === "training" && (
            <div className="grid gap-4 sm:grid-cols-2">
              {number("hours", LIMITS.hours, t("hints.hours"))}
              {select("track", TRAINING_TRACKS, (c) => tAll(`track.${c}` as "track.vocational"), { empty: true })}
            </div>
          )}
          {kind === "overseas" && (
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label={label("hostInstitutionId")} hint={t("hints.host")} error={errors.hostInstitutionId?.message}>
                {(c) => (
                  <select
                    {...c}
                    {...form.register("hostInstitutionId", {
                      // A partner chosen before the destination fills the destination in.
                      onChange: (e) => {
                        const host = hosts.find((h) => h.id === e.target.value);
                        if (host && host.country !== "CN" && !form.getValues("country")) form.setValue("country", host.country as Values["country"], { shouldDirty: true });
                      },
                    })}
                    className={inputClass}
                  >
                    <option value="">{t("none")}</option>
                    {hosts.map((h) => <option key={h.id} value={h.id}>{localized(locale, h.nameZh, h.nameEn)}</option>)}
                  </select>
                )}
              </Field>
              <Field label={label("country")} error={errors.country?.message}>
                {(c) => (
                  <select {...c} {...form.register("country")} className={inputClass}>
                    <option value="">{t("choose")}</option>
                    {countries.filter((c) => c.code !== "CN").map((country) => <option key={country.code} value={country.code}>{country.name}</option>)}
                  </select>
                )}
              </Field>
              {select("funding", FUNDING, (c) => tAll(`funding.${c}` as "funding.full"), { empty: true })}
              {number("durationMonths", LIMITS.months)}
              <div className="sm:col-span-2">
                <label className="flex min-h-11 items-center gap-3 text-sm text-slate-800">
                  <input type="checkbox" {...form.register("employerRecommendation")} className="size-5 accent-brand-700" />
                  <span>{t("hints.employerRecommendation")}</span>
                </label>
              </div>
            </div>
          )}
          {kind === "lecture" && (
            <div id="field-experts">
              <ExpertPicker
                institutionId={institution.id} options={expertOptions} onOptionsChange={setExpertOptions} countries={countries}
                value={(values.experts ?? []) as string[]} label={label("experts")} error={errors.experts?.message}
                onChange={(ids) => form.setValue("experts", ids, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
              />
            </div>
          )}
        </section>

        <section aria-labelledby="section-address" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="section-address" className="text-lg font-semibold text-slate-900">{t("sections.address")}</h2>
          <Field label={label("slug")} hint={published ? t("hints.slugPublished") : t("hints.slug", { name: String(values.slug || "…") })} error={errors.slug?.message}>
            {(c) => (
              <div className="flex items-stretch">
                <span className="hidden items-center rounded-l-lg border border-r-0 border-slate-300 bg-slate-50 px-3 text-sm text-slate-600 sm:flex" aria-hidden>/programmes/</span>
                <input {...c} {...form.register("slug")} autoCapitalize="none" autoCorrect="off" spellCheck={false} maxLength={LIMITS.slug} className={`${inputClass} sm:rounded-l-none`} />
              </div>
            )}
          </Field>
        </section>

        <section aria-labelledby="section-state" className="space-y-3">
          <h2 id="section-state" className="sr-only">{t("actions.label")}</h2>
          <div className="flex flex-wrap gap-2">
            {state.hasDraft && <Button type="button" variant="secondary" disabled={busy} onClick={() => void change("discard")}>{t("actions.discard")}</Button>}
            {published && <Button type="button" variant="secondary" disabled={busy} onClick={() => void change("unpublish")}>{t("actions.unpublish")}</Button>}
            {!archived && <Button type="button" variant="secondary" disabled={busy} onClick={() => void change("archive")}>{t("actions.archive")}</Button>}
          </div>
        </section>

        <div className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur md:mx-0 md:rounded-xl md:border">
          <FormMessage error={outcome.error} success={outcome.success} />
          {outcome.reload && <Button type="button" variant="secondary" onClick={() => window.location.reload()}>{t("actions.reload")}</Button>}
          <div className="flex items-center justify-between gap-3">
            <p role="status" className="min-w-0 flex-1 text-xs text-slate-600 sm:text-sm">{savedText}</p>
            <div className="flex shrink-0 flex-wrap justify-end gap-2">
              {archived ? (
                <>
                  <Button type="button" variant="secondary" disabled={busy} onClick={() => void apply("save")}>{t("actions.save")}</Button>
                  <Button type="button" disabled={busy} onClick={() => void change("restore")}>{t("actions.restore")}</Button>
                </>
              ) : published ? (
                <Button type="button" disabled={busy} onClick={() => void apply("publish")}>{busy ? t("actions.working") : t("actions.publishChanges")}</Button>
              ) : (
                <>
                  <Button type="button" variant="secondary" disabled={busy} onClick={() => void apply("save")}>{t("actions.save")}</Button>
                  <Button type="button" disabled={busy} onClick={() => void apply("publish")}>{busy ? t("actions.working") : t("actions.publish")}</Button>
                </>
              )}
            </div>
          </div>
        </div>
      </form>
    </div>
  );
}

/** Per language (and the fields both share): how complete, and what is still needed, each a way to the field. */
function CompletenessPanel({ completeness, focusField }: { completeness: Completeness; focusField: (name: string) => void }) {
  const t = useTranslations("studio.editor");
  const parts = (["zh", "en", "shared"] as const).filter((p) => completeness[p].total > 0);
  return (
    <section aria-labelledby="completeness-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="completeness-heading" className="text-lg font-semibold text-slate-900">{t("completeness.title")}</h2>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {parts.map((p) => <CompletenessMeter key={p} label={t(`completeness.${p}`)} percent={percent(completeness[p])} />)}
      </div>
      {completeness.ready ? (
        <p className="text-sm text-emerald-800">{t("completeness.ready")}</p>
      ) : (
        <div className="text-sm text-slate-700">
          <p>{t("completeness.missing")}</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {parts.flatMap((p) => completeness[p].missing).map((name) => (
              <li key={name}>
                <button type="button" onClick={() => focusField(name)} className="min-h-9 rounded-md bg-amber-50 px-2 text-amber-900 underline underline-offset-2 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-brand-600">
                  {t(`fields.${name}` as "fields.titleZh")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
