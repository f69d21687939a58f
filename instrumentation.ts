// Runs once when the server starts: fail fast on bad configuration, and make sure the SQLite
// database is in WAL mode (readers never wait for the writer).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  if (env.DATABASE_URL.startsWith("file:")) {
    const { createPrismaClient, enableWal } = await import("./lib/db-client");
    const client = createPrismaClient();
    await enableWal(client);
    await client.$disconnect();
  }
}
