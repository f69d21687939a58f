// Direct access to the browser tests' database file, for fixtures the UI cannot make yet. The
// server writes to the same file, and libSQL has no busy timeout, so a fixture write that meets
// one of the server's transactions is retried instead of failing.
import { createPrismaClient } from "../../../lib/db-client";

export const e2eDb = createPrismaClient("file:./test/.artifacts/e2e.db");

export async function retryBusy<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= 50 || !/locked|busy|P1008|timed out/i.test(String((error as Error)?.message ?? error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
