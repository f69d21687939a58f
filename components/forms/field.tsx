"use client";

import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";
import { splitRule } from "@/lib/i18n/split-rule";

export const inputClass =
  "block w-full min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-brand-600 aria-[invalid=true]:border-red-600";

/** A message key of the `validation` namespace (from a zod rule in the browser) in words; text from the server as it is. */
export function useErrorText() {
  const t = useTranslations("validation");
  const all = useTranslations();
  return (message?: string) => {
    if (!message) return undefined;
    const { key, limit } = splitRule(message);
    if (t.has(key as never)) return t(key as never, { limit: limit ?? "" } as never);
    // A full key ("studio.offerings.errors.code") of a domain that keeps its rules' words in its own namespace.
    return key.includes(".") && all.has(key as never) ? all(key as never, { limit: limit ?? "" } as never) : message;
  };
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Renders the control, given the ids it must carry. */
  children: (control: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
  className?: string;
}

/** A labelled form control with its hint and error, tied together for screen readers. */
export function Field({ label, hint, error, children, className }: FieldProps) {
  const id = useId();
  const errorText = useErrorText()(error);
  const describedBy = [hint ? `${id}-hint` : null, errorText ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errorText ? true : undefined })}
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {errorText && <p id={`${id}-error`} className="text-sm font-medium text-red-700">{errorText}</p>}
    </div>
  );
}

/** The outcome of a form as a whole: an error (announced at once) or a success note. */
export function FormMessage({ error, success }: { error?: string; success?: ReactNode }) {
  if (error) return <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>;
  if (success) return <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{success}</p>;
  return null;
}
