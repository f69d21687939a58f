import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type Cluster } from "@/lib/postgres/embedded";
import { freePort } from "../support/free-port";

// The lifecycle `npm start` relies on (scripts/start.ts): a cluster made once, stopped cleanly,
// reused on the next start, and started again after its server was killed with kill -9.
const dir = `test/.artifacts/pg-lifecycle-${randomBytes(4).toString("hex")}`;
const started: Cluster[] = [];
afterAll(async () => {
  for (const cluster of started) await cluster.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

async function start(port: number) {
  const cluster = await startEmbeddedPostgres({ dir, port, databases: ["portal"] });
  started.push(cluster);
  return cluster;
}

async function query(cluster: Cluster, sql: string) {
  const client = new pg.Client({ connectionString: cluster.url("portal") });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const serverPid = () => Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
/** Still running: a killed process that nobody has reaped yet (a zombie) has ended. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("the embedded PostgreSQL", () => {
  it("keeps its data across a clean stop, reuses a running server, and recovers after kill -9", async () => {
    const port = await freePort();
    const first = await start(port);
    expect(first.started).toBe(true);
    await query(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('committed before the stop')");

    // A clean stop: the server is gone and so is its pid file.
    await first.stop();
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
    await expect(query(first, "SELECT 1")).rejects.toThrow();

    // The next start reuses the same cluster.
    const second = await start(port);
    expect(second.started).toBe(true);
    expect(await query(second, "SELECT note FROM kept")).toEqual([{ note: "committed before the stop" }]);

    // Started again while it runs (a second `npm run` script): the running server is reused.
    const reused = await start(port);
    expect(reused.started).toBe(false);

    // kill -9: the pid file stays behind, naming a process that no longer exists.
    await query(second, "INSERT INTO kept VALUES ('committed before the kill')");
    const pid = serverPid();
    process.kill(pid, "SIGKILL");
    await until(() => !alive(pid));
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(true);
    const third = await start(port);
    expect(third.started).toBe(true);
    expect((await query(third, "SELECT note FROM kept ORDER BY note")).map((r) => r.note)).toEqual(["committed before the kill", "committed before the stop"]);
    await third.stop();
  });

  it("starts when a stale pid file names a live process that is not PostgreSQL (the pid was reused)", async () => {
    // The cluster of the test above, stopped cleanly; then a pid file as a crash would leave it.
    const port = await freePort();
    const other = spawn("sleep", ["60"]);
    try {
      writeFileSync(path.join(dir, "postmaster.pid"), `${other.pid}\n${path.resolve(dir)}\n0\n${port}\n`);
      const cluster = await start(port);
      expect(cluster.started).toBe(true);
      expect(await query(cluster, "SELECT count(*)::int AS n FROM kept")).toEqual([{ n: 2 }]);
      await cluster.stop();
    } finally {
      other.kill();
    }
  });
});

describe("scripts/with-db.ts (npm start runs the portal inside it)", () => {
  // Whatever a failed test left running (the script, its command, their server) is ended.
  const running: ReturnType<typeof spawn>[] = [];
  afterAll(() => {
    for (const child of running) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }
  });

  /**
   * Runs a command that waits forever inside with-db --own on a cluster of its own; resolves once
   * the command runs. Through npx as `npm start` does, or as the one process a service manager signals.
   */
  async function runInside(extraDir: string, via: "npx" | "node") {
    const port = await freePort();
    const script = ["scripts/with-db.ts", "--own", "node", "-e", "console.error('command started'); setInterval(() => {}, 1000)"];
    const child = spawn(via === "npx" ? "npx" : process.execPath, via === "npx" ? ["tsx", ...script] : ["--import", "tsx", ...script], {
      env: { ...process.env, DATABASE_URL: "", EMBEDDED_PG_DIR: extraDir, EMBEDDED_PG_PORT: String(port) },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    let output = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    running.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on("data", (chunk) => {
        output += chunk;
        if (output.includes("command started")) resolve();
      });
      void exited.then(() => reject(new Error(`with-db ended early:\n${output}`)));
    });
    return { child, exited, port, output: () => output };
  }

  const stopped = async (dir: string, port: number) => {
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
    await expect(new pg.Client({ connectionString: `postgresql://portal:portal@127.0.0.1:${port}/portal` }).connect()).rejects.toThrow();
  };

  it("stops the database after the command on Ctrl+C (SIGINT to the whole process group)", async () => {
    const own = `${dir}-ctrl-c`;
    try {
      const { child, exited, port, output } = await runInside(own, "npx");
      process.kill(-child.pid!, "SIGINT");
      await exited;
      expect(output()).toContain("Stopping PostgreSQL");
      await stopped(own, port);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it("stops the database after the command on a SIGTERM sent to it alone (a service manager)", async () => {
    const own = `${dir}-sigterm`;
    try {
      const { child, exited, port } = await runInside(own, "node");
      child.kill("SIGTERM");
      await exited;
      await stopped(own, port);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
