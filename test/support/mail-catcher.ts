// A real SMTP server on loopback (the smtp-server package) that keeps what it receives, parsed
// by mailparser, so tests read the emails the portal actually sent.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface MailCatcher {
  url: string;
  received: ParsedMail[];
  close: () => Promise<void>;
}

/** Listens on `port` (0: any free port). With `dir`, each message is also written there as JSON. */
export async function startMailCatcher({ port = 0, dir }: { port?: number; dir?: string } = {}): Promise<MailCatcher> {
  const received: ParsedMail[] = [];
  if (dir) mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        if (dir) {
          const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []);
          const file = path.join(dir, `${Date.now()}-${received.length}.json`);
          // Written under another name and renamed into place (atomic on one file system), so a
          // reader polling the folder never sees a half-written message.
          writeFileSync(`${file}.partial`, JSON.stringify({ to, subject: mail.subject, text: mail.text, html: mail.html, date: new Date().toISOString() }));
          renameSync(`${file}.partial`, file);
        }
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${actual}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
