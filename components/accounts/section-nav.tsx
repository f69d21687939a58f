"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";
import { navItemClass } from "@/lib/ui/nav";

/** The side menu of the account and administration areas; the current page is marked for screen readers. */
export function SectionNav({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
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
