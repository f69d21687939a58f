"use client";

import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

// Which applicants on the page are selected for a bulk action: the rows' checkboxes and the bulk
// bar share it. The page's rows are server-rendered; only the checkboxes and the bar run here.

interface Selection {
  ids: readonly string[];
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
}

const SelectionContext = createContext<Selection | null>(null);

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useSelection outside a SelectionProvider");
  return selection;
}

/** Selection among `ids` (the selectable rows of this page); ids that leave the page leave the selection. */
export function SelectionProvider({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  const [chosen, setSelected] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo<Selection>(() => ({
    ids,
    selected: new Set([...chosen].filter((id) => ids.includes(id))),
    toggle: (id, on) => setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    }),
    setAll: (on) => setSelected(on ? new Set(ids) : new Set()),
    clear: () => setSelected(new Set()),
  }), [ids, chosen]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

const boxClass = "size-5 shrink-0 rounded border-slate-400 accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** One row's checkbox, named after the person for screen readers. */
export function SelectBox({ id, label }: { id: string; label: string }) {
  const { selected, toggle } = useSelection();
  return (
    <span className="inline-flex size-11 items-center justify-center">
      <input type="checkbox" className={boxClass} aria-label={label} checked={selected.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
    </span>
  );
}

/** Selects or clears every selectable row on this page; shows "some" as mixed. */
export function SelectAll({ label }: { label: string }) {
  const { ids, selected, setAll } = useSelection();
  const ref = useRef<HTMLInputElement>(null);
  const all = ids.length > 0 && selected.size === ids.length;
  const some = selected.size > 0 && !all;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
      <input ref={ref} type="checkbox" className={boxClass} checked={all} disabled={ids.length === 0} onChange={(e) => setAll(e.target.checked)} />
      {label}
    </label>
  );
}
