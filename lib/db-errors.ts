// What a PostgreSQL error means to the code that met it. Prisma reports model queries' errors
// with its own codes (P2002, P2034) and raw SQL's as P2010 carrying PostgreSQL's SQLSTATE.

/** PostgreSQL's SQLSTATE behind a Prisma error (raw SQL), if any. */
function sqlState(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } })?.meta;
  return meta?.driverAdapterError?.cause?.originalCode;
}

const code = (error: unknown) => (error as { code?: string })?.code;

/** A unique key refused the write (23505). */
export function isUniqueViolation(error: unknown): boolean {
  return code(error) === "P2002" || sqlState(error) === "23505";
}

/**
 * A deadlock (40P01: two transactions waited for each other's rows) or a serialization failure
 * (40001, under a stricter isolation level). Either way PostgreSQL rolled the transaction back,
 * so running it again is safe.
 */
function isTransient(error: unknown): boolean {
  return code(error) === "P2034" || ["40001", "40P01"].includes(sqlState(error) ?? "");
}

/** How often a retry was needed since the process started (the enrollment benchmark reports it). */
export const transientRetries = { count: 0 };

export async function retryTransient<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      transientRetries.count++;
      // Jittered, so the transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 20));
    }
  }
}
