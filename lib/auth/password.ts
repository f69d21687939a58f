import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default; not passed explicitly, see STACK.md) with OWASP's parameters:
// 19 MiB of memory, 2 passes, 1 lane. About 60 ms per hash on this machine kind.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash matches nothing
  }
}

// Verified against when an email has no account, so a wrong email costs the same time as a wrong
// password and timing does not reveal which accounts exist.
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hash("decoy password nobody has", OPTIONS);
  await verifyPassword(await decoy, password);
  return false;
}
