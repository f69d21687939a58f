/**
 * The URL if it is an absolute http(s) URL, else null. Links that come from data (institution
 * websites, online session links) are rendered only through this, so no other scheme becomes a link.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
