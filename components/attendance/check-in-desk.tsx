"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Check } from "lucide-react";
import { checkInAction, undoCheckInAction } from "@/lib/attendance/actions";
import type { ActionResult } from "@/lib/forms/result";
import { timeFormat } from "@/lib/i18n/formats";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/forms/field";
import { CameraScanner } from "./camera-scanner";

export interface DeskPerson { id: string; name: string; email: string; presentAt: string | null }

type Outcome = { tone: "success" | "warning" | "error"; text: string; undo?: { id: string; name: string } };

/** A search that forgives spaces and case: "王 芳" finds 王芳, "WANG" finds wang@example.com. */
const searchable = (text: string) => text.toLowerCase().replace(/\s+/g, "");
const matchesQuery = (person: { name: string; email: string }, query: string) =>
  !searchable(query) || searchable(person.name).includes(searchable(query)) || person.email.toLowerCase().includes(searchable(query));

/** The same code read again within this time is the same person still in front of the camera. */
const REPEAT_MS = 5_000;

/**
 * The door of one session, phone first: how many are in, a camera that checks people in by their
 * QR code, a field for the code typed by hand, and the list of people with a place to find by name
 * (filtered as one types, or by the search form without JavaScript) and check in with one tap,
 * with an undo for slips. Each answer is shown at the top, where the person at the door looks.
 */
export function CheckInDesk({ sessionId, timeZone, people: initial, query: initialQuery, closed }: {
  sessionId: string; timeZone: string; people: DeskPerson[]; query: string; closed: boolean;
}) {
  const t = useTranslations("studio.attendance");
  const failed = useTranslations("validation")("failed");
  const locale = useLocale();
  const format = useFormatter();
  const router = useRouter();
  const [people, setPeople] = useState(initial);
  const [query, setQuery] = useState(initialQuery);
  const [code, setCode] = useState("");
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, startTransition] = useTransition();
  const lastRead = useRef({ text: "", at: 0 });
  const ids = { scan: useId(), code: useId(), codeHint: useId(), find: useId(), query: useId() };

  // A refresh brings everyone's marks (other phones at the door too).
  useEffect(() => setPeople(initial), [initial]);

  const time = (iso: string) => format.dateTime(new Date(iso), timeFormat(timeZone));
  const present = people.filter((p) => p.presentAt !== null).length;
  const shown = people.filter((p) => matchesQuery(p, query));

  const setPresence = (id: string, presentAt: string | null) => setPeople((all) => all.map((p) => (p.id === id ? { ...p, presentAt } : p)));
  // Offline, or the server failed: the generic words; a refusal: the server's own, in this language.
  const failure = (result: ActionResult<unknown> | null): Outcome => ({
    tone: "error",
    text: (result && !result.ok && (result.formError ?? Object.values(result.fieldErrors)[0])) || failed,
  });

  const checkIn = (input: { by: "code"; code: string } | { by: "name"; enrollmentId: string }, after?: () => void) => {
    startTransition(async () => {
      const result = await checkInAction({ ...input, sessionId }, locale).catch(() => null);
      if (!result?.ok) return setOutcome(failure(result));
      const { outcome: kind, enrollmentId, name, at } = result.data;
      setPresence(enrollmentId, at);
      setOutcome({ tone: kind === "ok" ? "success" : "warning", text: t(kind === "ok" ? "result.ok" : "result.already", { name, when: time(at) }), undo: kind === "ok" ? { id: enrollmentId, name } : undefined });
      if (kind === "ok") navigator.vibrate?.(80);
      after?.();
      router.refresh();
    });
  };

  const undo = (enrollmentId: string) => {
    startTransition(async () => {
      const result = await undoCheckInAction({ sessionId, enrollmentId }, locale).catch(() => null);
      if (!result?.ok) return setOutcome(failure(result));
      setPresence(enrollmentId, null);
      setOutcome({ tone: "success", text: t(result.data.removed ? "result.undone" : "result.notThere", { name: result.data.name }) });
      router.refresh();
    });
  };

  const onScan = (text: string) => {
    const now = Date.now();
    if (text === lastRead.current.text && now - lastRead.current.at < REPEAT_MS) return;
    lastRead.current = { text, at: now };
    checkIn({ by: "code", code: text });
  };

  const tones = {
    success: "border-emerald-300 bg-emerald-50 text-emerald-950",
    warning: "border-amber-300 bg-amber-50 text-amber-950",
    error: "border-red-300 bg-red-50 text-red-900",
  };

  return (
    <div className="space-y-6">
      <div className="sticky top-0 z-10 -mx-4 space-y-3 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border">
        <p className="text-2xl font-bold text-slate-900 tabular-nums" data-testid="present-count">{t("session.present", { count: present, total: people.length })}</p>
        <div aria-live="polite" aria-atomic="true">
          {outcome && (
            <div className={`flex flex-wrap items-center justify-between gap-2 rounded-lg border px-3 py-2 text-base font-medium ${tones[outcome.tone]}`} data-tone={outcome.tone}>
              <p className="min-w-0">{outcome.text}</p>
              {outcome.undo && (
                <Button type="button" variant="secondary" disabled={pending} onClick={() => undo(outcome.undo!.id)} aria-label={t("find.undoNamed", { name: outcome.undo.name })}>
                  {t("find.undo")}
                </Button>
              )}
            </div>
          )}
        </div>
      </div>

      {!closed && (
        <section aria-labelledby={ids.scan} className="space-y-3">
          <h2 id={ids.scan} className="text-lg font-semibold text-slate-900">{t("scan.title")}</h2>
          <p className="text-sm text-slate-700">{t("scan.hint")}</p>
          <CameraScanner onCode={onScan} paused={pending} />
          <form
            className="flex flex-wrap items-center gap-x-2 gap-y-1"
            onSubmit={(event) => {
              event.preventDefault();
              // Cleared once it has done its work, unless something else was typed meanwhile.
              const sent = code;
              if (sent.trim()) checkIn({ by: "code", code: sent }, () => setCode((now) => (now === sent ? "" : now)));
            }}
          >
            <label htmlFor={ids.code} className="block w-full text-sm font-medium text-slate-800">{t("manual.label")}</label>
            <input
              id={ids.code} name="code" value={code} onChange={(e) => setCode(e.target.value)} aria-describedby={ids.codeHint}
              autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={200} className={`${inputClass} min-w-0 flex-1 basis-40 font-mono uppercase tracking-widest`}
            />
            <Button type="submit" disabled={pending || !code.trim()} className="min-h-11">{t("manual.submit")}</Button>
            <p id={ids.codeHint} className="w-full text-sm text-slate-600">{t("manual.hint")}</p>
          </form>
        </section>
      )}

      <section aria-labelledby={ids.find} className="space-y-3">
        <h2 id={ids.find} className="text-lg font-semibold text-slate-900">{t("find.title")}</h2>
        {/* Without JavaScript this is a plain search (?q=); with it, the list filters as one types. */}
        <form role="search" method="get" className="flex items-end gap-2" onSubmit={(event) => event.preventDefault()}>
          <div className="min-w-0 flex-1 space-y-1">
            <label htmlFor={ids.query} className="block text-sm font-medium text-slate-800">{t("find.label")}</label>
            <input id={ids.query} name="q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" className={inputClass} />
          </div>
          <Button type="submit" variant="secondary">{t("find.submit")}</Button>
        </form>
        {people.length === 0 ? (
          <p className="text-slate-700">{t("find.nobody")}</p>
        ) : shown.length === 0 ? (
          <p className="text-slate-700">{t("find.none", { q: query.trim() })}</p>
        ) : (
          <>
            {shown.length < people.length && <p className="text-sm text-slate-600">{t("find.showing", { count: shown.length, total: people.length })}</p>}
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
              {shown.map((p) => (
                <li key={p.id} className="flex items-center justify-between gap-3 px-3 py-2 sm:px-4">
                  <div className="min-w-0">
                    <p className="text-base font-medium break-words text-slate-900">{p.name}</p>
                    <p className="truncate text-xs text-slate-600">{p.email}</p>
                    <p className={p.presentAt ? "flex items-center gap-1 text-sm font-medium text-emerald-800" : "text-sm text-slate-600"}>
                      {p.presentAt ? <><Check aria-hidden className="size-4" />{t("find.presentAt", { when: time(p.presentAt) })}</> : t("find.absent")}
                    </p>
                  </div>
                  {p.presentAt ? (
                    <Button type="button" variant="secondary" disabled={pending} onClick={() => undo(p.id)} aria-label={t("find.undoNamed", { name: p.name })}>
                      {t("find.undo")}
                    </Button>
                  ) : (
                    <Button type="button" disabled={pending || closed} onClick={() => checkIn({ by: "name", enrollmentId: p.id })} className="min-h-12 px-5 text-base" aria-label={t("find.markNamed", { name: p.name })}>
                      {t("find.mark")}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
