// Production app instances started by a test beside the main browser-test server: the same build
// (.next-test), each its own process on its own port, bound to 127.0.0.1 as behind a proxy, and a
// round-robin reverse proxy in front of them, as a load balancer would be.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Instance { url: string; port: number; stop: () => Promise<void> }

/** Starts `npx tsx scripts/serve.ts` on `port` with `env` and waits until it answers. */
export async function startInstance(env: Record<string, string>, port: number): Promise<Instance> {
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/serve.ts", "--hostname", "127.0.0.1", "--port", String(port)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    port,
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
}

/** A reverse proxy that sends each request to the next instance in turn, appending X-Forwarded-For as nginx does. */
export async function roundRobin(ports: number[]): Promise<{ url: string; server: Server; sentTo: number[] }> {
  let next = 0;
  const sentTo = ports.map(() => 0);
  const server = createServer((incoming, outgoing) => {
    const index = next++ % ports.length;
    sentTo[index]!++;
    const forwardedFor = [incoming.headers["x-forwarded-for"], incoming.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = forward(
      { host: "127.0.0.1", port: ports[index], path: incoming.url, method: incoming.method, headers: { ...incoming.headers, "x-forwarded-for": forwardedFor } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, sentTo };
}
