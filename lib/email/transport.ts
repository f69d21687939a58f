import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingEmail { to: string; subject: string; text: string; html: string }
export type SendEmail = (email: OutgoingEmail) => Promise<void>;

const transporters = new Map<string, Transporter>();

/** Sends over SMTP (nodemailer) to the server named by an smtp:// or smtps:// URL. */
export function smtpSender(url: string, from: string): SendEmail {
  let transporter = transporters.get(url);
  if (!transporter) {
    transporter = nodemailer.createTransport(url);
    transporters.set(url, transporter);
  }
  const smtp = transporter;
  return async (email) => {
    await smtp.sendMail({ from, ...email });
  };
}
