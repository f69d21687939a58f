interface CheckInCodeProps {
  qr: { size: number; d: string };
  short: string;
  /** What the QR code is, for screen readers. */
  label: string;
  /** The words before the short code ("Code to type in:"). */
  typed: string;
}

/**
 * A place's check-in QR code, drawn from the path lib/attendance/code.ts makes (black on white,
 * with its quiet zone, whatever the page's colours), and the short code under it for typing in.
 * Up to 18 rem wide: large enough for another phone's camera at arm's length.
 */
export function CheckInCode({ qr, short, label, typed }: CheckInCodeProps) {
  return (
    <figure className="mx-auto w-full max-w-72 space-y-2 text-center">
      <svg role="img" aria-label={label} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges" className="aspect-square w-full rounded-lg ring-1 ring-slate-200" data-check-in-qr="">
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.d} fill="#000" />
      </svg>
      <figcaption className="text-sm text-slate-700">
        {typed} <span className="font-mono text-lg font-semibold tracking-widest text-slate-900" data-check-in-short="">{short}</span>
      </figcaption>
    </figure>
  );
}

/** "Show my check-in code": closed until asked for (or opened by a link to it), so the list stays short. */
export function CheckInDisclosure({ id, open, summary, hint, ...code }: CheckInCodeProps & { id: string; open: boolean; summary: string; hint: string }) {
  return (
    <details id={id} open={open} className="rounded-lg border border-brand-200 bg-brand-50/40 px-3">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-800">{summary}</summary>
      <div className="space-y-3 pb-3">
        <p className="text-sm text-slate-700">{hint}</p>
        <CheckInCode {...code} />
      </div>
    </details>
  );
}
