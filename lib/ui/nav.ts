import { cn } from "./cn";

/** A navigation link's look, highlighted when it is the current page. */
export const navItemClass = (current: boolean) =>
  cn("inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium sm:px-3", current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100");
