// The Content-Security-Policy. Pages get a fresh nonce on every response (proxy.ts makes one per
// render; scripts/serve.ts's shared cache swaps in a new one whenever it serves a page again), and
// scripts run only with it: Next.js puts the nonce it finds in the request's CSP header on its own
// scripts, inline bootstrap included, so no 'unsafe-inline' for scripts. 'strict-dynamic' lets
// those scripts load the page's chunks; 'self' is for browsers without CSP level 3.
// Styles keep 'unsafe-inline': nonces cover <style> elements only, not style="" attributes, which
// React components and Radix use (a progress bar's width, a popover's position). A nonce in
// style-src would also switch 'unsafe-inline' off.
// Development also needs 'unsafe-eval' (React rebuilds server error stacks in the browser with eval).

/** A nonce: 128 random bits, base64url (letters, digits, - and _: nothing HTML or JSON escapes). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The policy for a page with this nonce, or (null) for everything else the app answers: JSON, files, where no script may run inline. */
export function contentSecurityPolicy(nonce: string | null, { dev = false } = {}): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/** The nonce a policy carries, if any. */
export function nonceOf(policy: string | undefined): string | null {
  return policy ? (/'nonce-([A-Za-z0-9_-]+)'/.exec(policy)?.[1] ?? null) : null;
}
