// Random secrets for emailed links and API tokens. Only their SHA-256 is stored, so a leaked
// database does not let anyone use them; 32 random bytes make guessing hopeless, so a fast hash
// (not argon2) is enough.
import { createHash, randomBytes } from "node:crypto";

export const newSecret = (prefix = "") => prefix + randomBytes(32).toString("base64url");

export const secretHash = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Personal API tokens start with this, so secret scanners and people recognise them. */
export const API_TOKEN_PREFIX = "cqp_";
