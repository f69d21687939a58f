"use client";

import { cn } from "@/lib/ui/cn";

/**
 * Where a person is in a multi-step form: a bar and "step 2 of 4" on phones, the numbered list of
 * steps from small screens up. Earlier steps can be revisited; later ones open by going forward.
 */
export function StepProgress({ titles, current, label, progressText, onSelect }: {
  titles: string[]; current: number; label: string; progressText: string; onSelect: (step: number) => void;
}) {
  return (
    <nav aria-label={label} className="space-y-2">
      <p className="text-sm font-medium text-slate-700 sm:sr-only">{progressText} · {titles[current]}</p>
      <div className="h-2 overflow-hidden rounded-full bg-slate-200 sm:hidden" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${((current + 1) / titles.length) * 100}%` }} />
      </div>
      <ol className="hidden gap-2 sm:flex">
        {titles.map((title, i) => {
          const state = i < current ? "done" : i === current ? "current" : "todo";
          const content = (
            <>
              <span className={cn(
                "flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold",
                state === "current" ? "bg-brand-700 text-white" : state === "done" ? "bg-brand-100 text-brand-800" : "bg-slate-100 text-slate-600",
              )}>{i + 1}</span>
              <span className="min-w-0 text-left text-sm leading-tight">{title}</span>
            </>
          );
          return (
            <li key={title} className="flex min-w-0 flex-1" aria-current={state === "current" ? "step" : undefined}>
              {state === "done" ? (
                <button type="button" onClick={() => onSelect(i)} className="flex min-h-11 w-full items-center gap-2 rounded-lg border border-brand-200 px-2 text-brand-800 hover:bg-brand-50">
                  {content}
                </button>
              ) : (
                <span className={cn("flex min-h-11 w-full items-center gap-2 rounded-lg border px-2", state === "current" ? "border-brand-600 font-medium text-slate-900" : "border-slate-200 text-slate-500")}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
