"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A <details> panel: collapsed on phones, opened on wide screens once JavaScript runs. Without
 * JavaScript it is an ordinary disclosure that works by click or keyboard.
 */
export function ResponsiveDisclosure({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 1024px)").matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className={`group ${className ?? ""}`}>
      <summary className="flex min-h-11 cursor-pointer items-center justify-between rounded-lg bg-white px-4 text-sm font-medium ring-1 ring-inset ring-slate-300 lg:group-open:hidden">
        {summary}
        <span aria-hidden="true" className="transition group-open:rotate-180">▾</span>
      </summary>
      {children}
    </details>
  );
}
