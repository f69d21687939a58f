import { cn } from "@/lib/ui/cn";

/** One language's completeness as a labelled bar; the percentage is also in the text, for screen readers and at a glance. */
export function CompletenessMeter({ label, percent, className, name = label }: { label: string; percent: number; className?: string; /** The accessible name, when the visible label leans on what is around it. */ name?: string }) {
  const complete = percent >= 100;
  return (
    <div className={cn("flex items-center gap-2 text-xs", className)}>
      <span className="w-16 shrink-0 text-slate-700">{label}</span>
      <meter min={0} max={100} value={percent} aria-label={name} className="sr-only">{percent}%</meter>
      <span aria-hidden className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200">
        <span className={cn("block h-full rounded-full", complete ? "bg-emerald-600" : "bg-amber-500")} style={{ width: `${percent}%` }} />
      </span>
      <span className={cn("tabular-nums", complete ? "text-emerald-800" : "text-amber-900")}>{percent}%</span>
    </div>
  );
}
