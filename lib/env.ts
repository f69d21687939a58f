// Every environment variable the portal reads, validated once. Import `env` instead of reading
// process.env anywhere else, so a bad value fails at start-up with a message naming it.
import { z } from "./zod";

/** Where the embedded PostgreSQL (lib/postgres/embedded.ts) listens when no DATABASE_URL is given. */
export const embeddedDatabaseUrl = (port: number) => `postgresql://portal:portal@127.0.0.1:${port}/portal`;

const HOPS = "must be a whole number of proxies from 0 to 10";

const envSchema = z.object({
  /** A PostgreSQL server; without it `npm start` runs an embedded one under data/postgres. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a PostgreSQL URL such as postgresql://user:password@host:5432/portal")
    .optional(),
  /** The embedded server's data folder. */
  EMBEDDED_PG_DIR: z.string().trim().min(1).default("data/postgres"),
  /**
   * The embedded server's port (loopback only). Below Linux's ephemeral range (32768-60999): a port
   * in it can be held for a minute by an outgoing connection's TIME_WAIT, and the server would
   * not start (seen here with 54400).
   */
  EMBEDDED_PG_PORT: z.coerce.number({ error: "must be a port number" }).int().min(1024, "must be a port number from 1024 to 65535").max(65535, "must be a port number from 1024 to 65535").default(25432),
  /** Where pg_dump and pg_restore are, when not in Debian's /usr/lib/postgresql/<major>/bin or on the PATH (lib/postgres/tools.ts). */
  PG_BIN_DIR: z.string().trim().optional(),
  /** Connections each app process may hold (several app instances share the server's max_connections). */
  DATABASE_POOL_SIZE: z.coerce.number({ error: "must be a whole number" }).int().min(1, "must be from 1 to 200").max(200, "must be from 1 to 200").default(10),
  SITE_URL: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://talent.example.cn" })
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  ICP_FILING: z.string().trim().max(64, "must be at most 64 characters").default(""),
  /** The address `npm start` listens on: localhost, 127.0.0.1 behind a reverse proxy, 0.0.0.0 or :: for every interface. */
  HOST: z.string().trim().regex(/^[\w.:-]+$/, "must be a host name or an IP address such as 127.0.0.1").default("localhost"),
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1, "must be a port number from 1 to 65535").max(65535, "must be a port number from 1 to 65535").default(3000),
  /** Signs session tokens. `npm start` creates one in data/auth-secret when it is not set. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  /** smtp(s)://user:password@host:port; without it emails stay in the outbox (/admin/outbox). */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().trim().min(3).default("重庆软件人才培养平台 <no-reply@localhost>"),
  /**
   * How many reverse proxies in front of the portal append the address they saw to
   * X-Forwarded-For (lib/auth/request.ts). 0: no forwarded header is believed.
   */
  TRUST_PROXY_HOPS: z.coerce.number({ error: HOPS }).int(HOPS).min(0, HOPS).max(10, HOPS).default(0),
  // The old switch, refused rather than ignored: ignoring it would put everyone behind the proxy into one throttling bucket.
  TRUST_PROXY: z.never({ error: "replaced by TRUST_PROXY_HOPS (TRUST_PROXY=true is TRUST_PROXY_HOPS=1); remove it" }).optional(),
  /** Throttling: attempts allowed per window (sign-in 15 minutes; sign-up and password reset one hour). */
  RATE_SIGN_IN_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  RATE_SIGN_IN_PER_IP: z.coerce.number().int().min(1).default(30),
  RATE_SIGN_UP_PER_IP: z.coerce.number().int().min(1).default(10),
  RATE_SIGN_UP_PER_ACCOUNT: z.coerce.number().int().min(1).default(3),
  RATE_RESET_PER_ACCOUNT: z.coerce.number().int().min(1).default(3),
  RATE_RESET_PER_IP: z.coerce.number().int().min(1).default(10),
  /** Live (neither revoked nor expired) personal API tokens one account may hold. */
  API_TOKENS_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(20),
});

type ParsedEnv = z.infer<typeof envSchema>;
export type Env = Omit<ParsedEnv, "DATABASE_URL"> & {
  /** The database to use: the configured server, or the embedded one. */
  DATABASE_URL: string;
  /** No DATABASE_URL was given: the portal runs its own PostgreSQL (scripts/start.ts starts it). */
  DATABASE_EMBEDDED: boolean;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set", as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const { DATABASE_URL, ...rest } = result.data;
  return { ...rest, DATABASE_URL: DATABASE_URL ?? embeddedDatabaseUrl(rest.EMBEDDED_PG_PORT), DATABASE_EMBEDDED: !DATABASE_URL };
}

export const env: Env = parseEnv(process.env);
