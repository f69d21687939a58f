import { randomBytes } from "node:crypto";

/**
 * A new id for a row that SQL writes rather than Prisma (which makes cuids): 25 lower-case letters
 * and digits starting with "c", like a cuid, ordered by time to the millisecond, with 64 random bits.
 */
export function newId(): string {
  return `c${Date.now().toString(36).padStart(8, "0")}${randomBytes(8).toString("hex")}`;
}
