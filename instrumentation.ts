// Runs once when the server starts: fail fast on bad configuration, index any programme that has
// no search document, then start the scheduler.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/env");
  // Search documents are derived data; a migration may have cleared them.
  const { indexMissingSearchDocuments } = await import("./lib/search/mutations");
  await indexMissingSearchDocuments();
  // Timed work (offer expiry, email delivery and retries): one process at a time holds it.
  const { startScheduler } = await import("./lib/scheduler");
  startScheduler();
}
