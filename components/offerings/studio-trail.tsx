import { Link } from "@/lib/i18n/navigation";

/** Where a page sits in the workspace (workspace › programme › ...); the last item is the page itself. */
export function StudioTrail({ label, items }: { label: string; items: { href?: string; text: string }[] }) {
  return (
    <nav aria-label={label} className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          <li key={i} className="flex min-w-0 items-center gap-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            {item.href ? (
              <Link href={item.href} className="break-words text-brand-700 underline underline-offset-2">{item.text}</Link>
            ) : (
              <span aria-current="page" className="break-words">{item.text}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
