"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";
import { navItemClass } from "@/lib/ui/nav";

/** The side menu of the account and administration areas; the current page is marked for screen readers. */
export function SectionNav({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      {/* Wraps on phones rather than scrolling sideways, so no item is hidden past the edge. */}
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={navItemClass(current)}
              >
                {item.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
