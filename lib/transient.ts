// PostgreSQL ends a transaction with a deadlock (40P01) when two of them wait for each other's
// rows, or with a serialization failure (40001) under a stricter isolation level; Prisma reports
// both as P2034. Either way the transaction was rolled back, so running it again is safe.
const TRANSIENT = "P2034";

/** How often a retry was needed since the process started (the enrollment benchmark reports it). */
export const transientRetries = { count: 0 };

export async function retryTransient<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || (error as { code?: string })?.code !== TRANSIENT) throw error;
      transientRetries.count++;
      // Jittered, so the transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 20));
    }
  }
}
