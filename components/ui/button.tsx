import { Slot } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 shadow-sm",
  secondary: "bg-white text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50",
  ghost: "text-brand-700 hover:bg-brand-50",
} as const;

type ButtonProps = ComponentProps<"button"> & {
  variant?: keyof typeof variants;
  /** Render the child element (a link) with button styling. */
  asChild?: boolean;
};

export function Button({ variant = "primary", asChild, className, ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : "button";
  // The outline is not transitioned, so the focus ring appears at once in full colour.
  return (
    <Component
      className={cn(
        "inline-flex min-h-11 shrink-0 items-center whitespace-nowrap justify-center gap-2 rounded-lg px-4 text-sm font-medium transition-[background-color,color,box-shadow] disabled:pointer-events-none disabled:opacity-50",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
