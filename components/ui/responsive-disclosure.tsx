"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { ChevronDown } from "lucide-react";

/**
 * A <details> panel: collapsed on phones, always open on wide screens. Wide screens open it with
 * CSS where the browser supports ::details-content (globals.css), and with JavaScript otherwise;
 * without either it is an ordinary disclosure that works by click or keyboard.
 */
export function ResponsiveDisclosure({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 1024px)").matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className={`responsive-disclosure group ${className ?? ""}`}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between rounded-lg bg-white px-4 text-sm font-medium ring-1 ring-inset ring-slate-300 lg:group-open:hidden [&::-webkit-details-marker]:hidden">
        {summary}
        <ChevronDown aria-hidden="true" className="size-4 transition group-open:rotate-180" />
      </summary>
      {children}
    </details>
  );
}
