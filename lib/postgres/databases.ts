// Databases on a PostgreSQL server (the embedded one or a configured one), for scripts and tests
// that need a database of their own beside the portal's.
import pg from "pg";

/** The URL of another database on the same server, with the same credentials. */
export function databaseUrl(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(database)}`;
  return next.href;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates each database that does not exist yet on the server of `url` (as a copy of `template` when given). */
export async function createDatabases(url: string, names: string[], template?: string): Promise<void> {
  await withClient(url, async (client) => {
    for (const name of names) {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (rowCount) continue;
      const quoted = client.escapeIdentifier(name);
      try {
        await client.query(template ? `CREATE DATABASE ${quoted} TEMPLATE ${client.escapeIdentifier(template)}` : `CREATE DATABASE ${quoted}`);
      } catch (error) {
        // Another process created it between the check and here.
        if ((error as { code?: string }).code !== "42P04") throw error;
      }
    }
  });
}

/** Drops `name` on the server of `url` (ending its sessions) and creates it empty; returns its URL. */
export async function recreateDatabase(url: string, name: string): Promise<string> {
  await withClient(url, async (client) => {
    const quoted = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  });
  return databaseUrl(url, name);
}
