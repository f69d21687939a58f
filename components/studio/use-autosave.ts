"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type AutosaveStatus =
  | { kind: "clean" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string };

export type AutosaveResult = { ok: true; at: string } | { ok: false; message: string };

/**
 * Saves a working copy a moment after typing stops (not on every keystroke), one save at a time:
 * changes made while a save runs are saved after it, with whatever version it answered. Before the
 * page is hidden it saves at once, and leaving with a save pending asks first.
 */
export function useAutosave(run: () => Promise<AutosaveResult>, initial: AutosaveStatus, delay = 1500) {
  const [status, setStatus] = useState<AutosaveStatus>(initial);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (running.current) {
      await running.current;
      return dirty.current ? flush() : undefined;
    }
    if (!dirty.current) return;
    dirty.current = false;
    setStatus({ kind: "saving" });
    running.current = (async () => {
      const result = await runRef.current();
      // Typed on while it saved: those changes are next, so "saved" would not be true yet.
      setStatus(!result.ok ? { kind: "error", message: result.message } : dirty.current ? { kind: "pending" } : { kind: "saved", at: result.at });
    })().finally(() => {
      running.current = null;
    });
    await running.current;
    if (dirty.current) return flush();
  }, []);

  /** A change to save soon. */
  const schedule = useCallback(() => {
    dirty.current = true;
    if (!running.current) setStatus((s) => (s.kind === "pending" ? s : { kind: "pending" }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  }, [delay, flush]);

  /** Waits for a save under way and drops the one planned (the caller is about to throw the changes away). */
  const settle = useCallback(async () => {
    clearTimeout(timer.current);
    dirty.current = false;
    if (running.current) await running.current;
    dirty.current = false;
  }, []);

  useEffect(() => {
    const hide = () => { if (document.visibilityState === "hidden") void flush(); };
    const leave = (event: BeforeUnloadEvent) => {
      if (dirty.current || running.current) event.preventDefault();
    };
    document.addEventListener("visibilitychange", hide);
    window.addEventListener("beforeunload", leave);
    return () => {
      document.removeEventListener("visibilitychange", hide);
      window.removeEventListener("beforeunload", leave);
      clearTimeout(timer.current);
    };
  }, [flush]);

  return { status, setStatus, schedule, flush, settle };
}
