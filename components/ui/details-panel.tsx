"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> that starts open or closed as asked, then stays as the person left it. A server-set
 * `open` would snap shut when the page's data is refreshed and its condition changes (the first
 * sessions added, say), hiding the answer of the form inside.
 */
export function DetailsPanel({ defaultOpen = false, className, children }: { defaultOpen?: boolean; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details className={className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      {children}
    </details>
  );
}
