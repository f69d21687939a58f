import type { ReactNode } from "react";
import { FormMessages } from "@/components/forms/client-messages";
import { SectionNav } from "@/components/accounts/section-nav";

/** The shell of a working area (administration, an institution's workspace): its title and side menu, then the page. */
export function SectionLayout({ title, navLabel, items, children }: { title: string; navLabel: string; items: { href: string; text: string }[]; children: ReactNode }) {
  return (
    <FormMessages>
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-[12rem_1fr] md:py-10">
        <aside className="min-w-0 space-y-3">
          <p className="text-lg font-bold text-slate-900">{title}</p>
          <SectionNav label={navLabel} items={items} />
        </aside>
        <div className="min-w-0 space-y-6">{children}</div>
      </div>
    </FormMessages>
  );
}
