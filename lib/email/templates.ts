// The portal's emails, in the recipient's preferred language, each with a plain-text and an HTML
// part. Wording lives in the message catalogues (`email` namespace); this file lays it out.
import type { Locale } from "../i18n/routing";
import { translator } from "../i18n/translator";
import { hasControlCharacter, looksLikeLink } from "../text";

export type EmailTemplate =
  | { template: "verify-email"; name: string; url: string }
  | { template: "reset-password"; name: string; url: string; minutes: number }
  | { template: "confirm-new-email"; name: string; url: string }
  | { template: "email-changed"; name: string; newEmail: string }
  | { template: "password-changed"; name: string }
  | { template: "account-disabled"; name: string }
  | { template: "sign-up-existing"; name: string; signInUrl: string; resetUrl: string }
  | { template: "enrollment-changed"; name: string; programme: string; start: string; state: string; url: string }
  | { template: "institution-reviewed"; name: string; institution: string; state: string; message: string | null; url: string }
  | { template: "staff-invitation"; name: string; institution: string; role: string; days: number; email: string; url: string }
  | { template: "offering-cancelled"; name: string; programme: string; start: string; reason: string; url: string };

export interface RenderedEmail { subject: string; text: string; html: string }

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Longer names are cut in emails: a name is no place for a paragraph of instructions. */
const NAME_IN_EMAIL_MAX = 40;

/**
 * "Dear {name}," with the name as stored; names are checked when typed (lib/accounts/schema.ts),
 * but one stored before those rules, or that slipped past them, and would give a mail client a
 * link or an address to show (or a line break to start instructions on) is left out instead.
 * Names never go in subjects.
 */
function greetingFor(name: string, t: ReturnType<typeof translator>): string {
  const characters = [...name.trim()];
  const shown = characters.length > NAME_IN_EMAIL_MAX ? `${characters.slice(0, NAME_IN_EMAIL_MAX).join("")}…` : characters.join("");
  return shown && !looksLikeLink(shown) && !hasControlCharacter(shown) ? t("greeting", { name: shown }) : t("greetingPlain");
}

const REQUESTED_BY_ANYONE = new Set<EmailTemplate["template"]>(["verify-email", "reset-password", "confirm-new-email", "sign-up-existing"]);

export function renderEmail(locale: Locale, email: EmailTemplate): RenderedEmail {
  const t = translator(locale, "email");
  const key = email.template;
  // Everything but the name may fill the subject and body; the name goes only in the greeting.
  const { name, ...values } = email as EmailTemplate & Record<string, string | number>;
  const subject = t(`${key}.subject`, values);
  const paragraphs = [t(`${key}.body`, values)];
  const action = (() => {
    switch (email.template) {
      case "verify-email":
      case "reset-password":
      case "confirm-new-email":
      case "enrollment-changed":
      case "institution-reviewed":
      case "staff-invitation":
      case "offering-cancelled":
        return { label: t(`${email.template}.action`), url: email.url };
      case "sign-up-existing":
        return { label: t("sign-up-existing.action"), url: email.signInUrl };
      default:
        return null;
    }
  })();
  if (email.template === "sign-up-existing") paragraphs.push(t("sign-up-existing.reset", { resetUrl: email.resetUrl }));
  if (email.template === "institution-reviewed" && email.message) paragraphs.push(t("institution-reviewed.message", { message: email.message }));
  // Sent to an address that may have no account yet: which account accepts it, and that doing nothing is safe.
  if (email.template === "staff-invitation") paragraphs.push(t("staff-invitation.account", { email: email.email }), t("staff-invitation.ignore"));
  if (email.template === "offering-cancelled") paragraphs.push(t("offering-cancelled.reason", { reason: email.reason }));
  const greeting = greetingFor(name, t);
  // "If this was not you, ignore this email" fits only what anyone could ask for with someone else's
  // address (a link to verify, reset or confirm). After a change made to the account (a new
  // password, a decision, a disabled account) it would be the wrong advice.
  const footer = REQUESTED_BY_ANYONE.has(email.template) ? t("footer") : "";
  const site = t("site");

  const text = [greeting, ...paragraphs, action ? `${action.label}: ${action.url}` : "", footer, `— ${site}`]
    .filter(Boolean)
    .join("\n\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:-apple-system,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#1f2937;line-height:1.6;max-width:560px;margin:0 auto;padding:24px">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#b91c1c;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#6b7280">${escapeHtml(action.url)}</p>` : ""}
${footer ? `<p style="font-size:13px;color:#6b7280">${escapeHtml(footer)}</p>` : ""}
<p style="font-size:13px;color:#6b7280">— ${escapeHtml(site)}</p>
</body></html>`;
  return { subject, text, html };
}
