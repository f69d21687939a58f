import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingEmail { to: string; subject: string; text: string; html: string }
export type SendEmail = (email: OutgoingEmail) => Promise<void>;

const transporters = new Map<string, Transporter>();

/** Sends over SMTP (nodemailer) to the server named by an smtp:// or smtps:// URL. */
export function smtpSender(url: string, from: string): SendEmail {
  let transporter = transporters.get(url);
  if (!transporter) {
    // Pooled: a burst of changes sends hundreds of emails, and one connection each is slow.
    const pooled = new URL(url);
    if (!pooled.searchParams.has("pool")) pooled.searchParams.set("pool", "true");
    transporter = nodemailer.createTransport(pooled.toString());
    transporters.set(url, transporter);
  }
  const smtp = transporter;
  return async (email) => {
    await smtp.sendMail({ from, ...email });
  };
}

/** Closes the pooled SMTP connections (at shutdown, and in tests before their server stops). */
export function closeSmtpSenders(): void {
  for (const transporter of transporters.values()) transporter.close();
  transporters.clear();
}
