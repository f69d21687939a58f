// libSQL, one process: a plain statement still running when another request's transaction
// commits makes that commit fail with SQLITE_BUSY ("cannot commit transaction - SQL statements in
// progress"; seen under a burst of 200 applications while email went out). The transaction was
// rolled back, so running it again is safe; a few short retries absorb the collision.
const BUSY = /SQLITE_BUSY|cannot commit transaction|database is locked/i;

/** How often a retry was needed since the process started (the enrollment benchmark reports it). */
export const busyRetries = { count: 0 };

export async function retryOnBusy<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !BUSY.test(String((error as Error)?.message ?? error))) throw error;
      busyRetries.count++;
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 10));
    }
  }
}
