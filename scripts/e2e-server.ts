// The server the browser tests run against: a fresh embedded PostgreSQL with the demo data, a
// production build in its own folder (.next-test) so it never replaces the one `npm start`
// serves, and a real SMTP server on loopback whose messages the tests read from test/.artifacts/mail/.
// playwright.config.ts names the ports and the database (E2E_PORT, E2E_DATABASE_URL).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { startEmbeddedPostgres } from "../lib/postgres/embedded";
import { startMailCatcher } from "../test/support/mail-catcher";

const port = process.env.E2E_PORT ?? "3100";
const databaseUrl = new URL(process.env.E2E_DATABASE_URL!);
const mailDir = "test/.artifacts/mail";
mkdirSync("test/.artifacts", { recursive: true });
rmSync(mailDir, { recursive: true, force: true });
const cluster = await startEmbeddedPostgres({
  dir: "test/.artifacts/pg-e2e",
  port: Number(databaseUrl.port),
  databases: [databaseUrl.pathname.slice(1)],
  fresh: true,
  durable: false,
});
const smtp = await startMailCatcher({ dir: mailDir });
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl.href,
  // Another folder when several checkouts build side by side on one machine.
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: "e2e-tests-secret-0123456789abcdef0123",
  SMTP_URL: smtp.url,
  MAIL_FROM: "重庆软件人才培养平台 <no-reply@portal.test>",
  // Many browser tests sign in from this one address; throttling itself is tested in integration.
  RATE_SIGN_IN_PER_IP: "100000",
  RATE_SIGN_UP_PER_IP: "100000",
  RATE_RESET_PER_IP: "100000",
  // The production limit: only failures count against an account (a success clears them), and
  // account-hardening.spec.ts locks a fresh account with it.
  RATE_SIGN_IN_PER_ACCOUNT: "5",
  RATE_RESET_PER_ACCOUNT: "100000",
};

async function stop(code: number): Promise<never> {
  await smtp.close();
  await cluster.stop().catch(() => {});
  process.exit(code);
}

for (const [command, ...args] of [
  ["npx", "prisma", "generate"],
  ["npx", "prisma", "migrate", "deploy"],
  ["npx", "tsx", "prisma/seed/index.ts"],
  ["npx", "next", "build"],
]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) await stop(result.status ?? 1);
}
const server = spawn("npx", ["tsx", "scripts/serve.ts", "--hostname", "localhost", "--port", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => void stop(code ?? 0));
