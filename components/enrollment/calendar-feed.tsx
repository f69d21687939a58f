"use client";

import { useRef, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { calendarFeedAction } from "@/lib/enrollment/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, inputClass } from "@/components/forms/field";

/** The private calendar feed: create its address, copy or subscribe to it, replace it if it leaked, or stop it. */
export function CalendarFeed({ initialUrl }: { initialUrl: string | null }) {
  const t = useTranslations("enrollment.feed");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const [url, setUrl] = useState(initialUrl);
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const address = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const run = (op: "renew" | "stop", question?: string) => {
    if (question && !window.confirm(question)) return;
    const replacing = url !== null;
    startTransition(async () => {
      const result = await calendarFeedAction({ op }, locale).catch(() => null);
      if (!result?.ok) return setNote({ ok: false, text: result?.formError ?? tv("failed") });
      setUrl(result.data.url);
      setNote({ ok: true, text: result.data.url ? t(replacing ? "renewed" : "created") : t("stopped") });
      // The button pressed may be gone: focus the new address, or the section's heading once stopped.
      requestAnimationFrame(() => (result.data.url ? address.current : heading.current)?.focus());
    });
  };

  const copy = async () => {
    if (!url) return;
    await navigator.clipboard?.writeText(url).then(() => setNote({ ok: true, text: t("copied") }), () => undefined);
  };

  return (
    <section aria-labelledby="calendar-feed" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="calendar-feed" ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {url ? (
        <>
          <div className="space-y-1">
            <label htmlFor="calendar-feed-url" className="block text-sm font-medium text-slate-800">{t("address")}</label>
            <input id="calendar-feed-url" ref={address} readOnly value={url} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} font-mono text-sm`} />
            <p className="text-sm text-slate-600">{t("private")}</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={() => void copy()}>{t("copy")}</Button>
            <Button asChild variant="secondary"><a href={url.replace(/^https?:/, "webcal:")}>{t("subscribe")}</a></Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => run("renew", t("renewConfirm"))}>{t("renew")}</Button>
            <Button type="button" variant="ghost" disabled={pending} onClick={() => run("stop", t("stopConfirm"))}>{t("stop")}</Button>
          </div>
        </>
      ) : (
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run("renew")}>{t("start")}</Button>
      )}
      <FormMessage error={note && !note.ok ? note.text : undefined} success={note?.ok ? note.text : undefined} />
    </section>
  );
}
