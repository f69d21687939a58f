// Runs once when the server starts: fail fast on bad configuration, make sure the SQLite
// database is in WAL mode (readers never wait for the writer), and index any programme that has
// no search document; then start the scheduler.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  if (env.DATABASE_URL.startsWith("file:")) {
    const { createPrismaClient, enableWal } = await import("./lib/db-client");
    const client = createPrismaClient();
    await enableWal(client);
    await client.$disconnect();
  }
  // Search documents are derived data; a migration may have cleared them.
  const { indexMissingSearchDocuments } = await import("./lib/search/mutations");
  await indexMissingSearchDocuments();
  // Timed work (email delivery and retries; later offer expiry): one process at a time holds it.
  const { startScheduler } = await import("./lib/scheduler");
  startScheduler();
}
