/** First, last, and the current page with one neighbour each side; null marks a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === "number" && p - prev > 1) out.push(p - prev === 2 ? prev + 1 : null);
    out.push(p);
  }
  return out;
}

/** A `?page=` value as a page number: 1 to 1000, 1 for anything that is not a number (lists past page 1000 are not offered). */
export function pageParam(value: unknown): number {
  return Math.min(1000, Math.max(1, Number.parseInt(String(value ?? "1"), 10) || 1));
}
