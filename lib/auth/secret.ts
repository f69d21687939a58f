import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";

const FILE = path.join("data", "auth-secret");

/**
 * The key that signs session tokens: NEXTAUTH_SECRET when set (deployments), otherwise one made
 * on first use and kept in data/auth-secret (readable by the owner only), so `npm start` works on
 * a fresh machine and sessions survive restarts.
 */
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!existsSync(FILE)) {
    // Written whole under another name, then linked into place: several app processes starting
    // together agree on the first one linked, and none reads a half-written file.
    mkdirSync(path.dirname(FILE), { recursive: true });
    const draft = `${FILE}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(draft, randomBytes(32).toString("base64url"), { mode: 0o600 });
    try {
      linkSync(draft, FILE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  return readFileSync(FILE, "utf8").trim();
}

/**
 * How the audit trail and the throttles name an email address that may have no account: keyed
 * with the secret, so the names cannot be reversed by hashing likely addresses.
 */
export function emailKey(email: string): string {
  return createHmac("sha256", authSecret()).update(`email:${email.toLowerCase()}`).digest("hex").slice(0, 24);
}
