"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Markdown } from "@/components/ui/markdown";
import { Field } from "@/components/forms/field";
import { cn } from "@/lib/ui/cn";

const tab = (active: boolean) =>
  cn("min-h-9 rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600", active ? "bg-white text-slate-900 shadow-sm" : "text-slate-700 hover:text-slate-900");

/**
 * A Markdown text with a preview rendered by the public page's own renderer and sanitiser
 * (components/ui/markdown.tsx), so what staff see is what the public will see. The text area stays
 * in the form (hidden) while the preview shows.
 */
export function MarkdownField({ label, name, hint, error, lang, value, children }: {
  label: ReactNode; name: string; hint?: ReactNode; error?: string; lang: string; value: string;
  children: (control: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
}) {
  const t = useTranslations("studio.editor.markdown");
  const [previewing, setPreviewing] = useState(false);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className="space-y-2">
          <div role="group" aria-label={t("label", { name })} className="inline-flex gap-1 rounded-lg bg-slate-100 p-1">
            <button type="button" aria-pressed={!previewing} onClick={() => setPreviewing(false)} className={tab(!previewing)}>{t("write")}</button>
            <button type="button" aria-pressed={previewing} onClick={() => setPreviewing(true)} className={tab(previewing)}>{t("preview")}</button>
          </div>
          <div hidden={previewing}>{children(control)}</div>
          {previewing && (
            <div className="min-h-40 rounded-lg border border-slate-300 bg-white px-3 py-2">
              {value.trim() ? <Markdown source={value} lang={lang} /> : <p className="text-sm text-slate-600">{t("empty")}</p>}
            </div>
          )}
        </div>
      )}
    </Field>
  );
}
