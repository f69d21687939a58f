// Addresses the app cannot serve. Next.js answers a path whose percent-encoding does not decode
// (%ZZ, half a UTF-8 sequence, a lone surrogate's bytes) with a bare 500, and a %00 would reach a
// query, where PostgreSQL refuses U+0000: scripts/serve.ts answers both with a 400 instead.
import { refusal, type Refusal } from "./refusal";

export function isBadAddress(url: string): boolean {
  if (/%00/i.test(url)) return true;
  try {
    decodeURIComponent(url.split("?")[0] ?? "");
    return false;
  } catch {
    return true;
  }
}

/** The 400 for such an address: the API's error shape under /api, a line of text elsewhere, in the caller's language. */
export function badAddressAnswer(url: string, acceptLanguage: string | undefined): Refusal {
  return refusal("address_invalid", url, acceptLanguage);
}
