// Every environment variable the portal reads, validated once. Import `env` instead of reading
// process.env anywhere else, so a bad value fails at start-up with a message naming it.
import { z } from "zod";

const HOPS = "must be a whole number of proxies from 0 to 10";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:)/, "must be a SQLite file URL such as file:./data/portal.db")
    .default("file:./data/portal.db"),
  SITE_URL: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://talent.example.cn" })
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  ICP_FILING: z.string().trim().max(64, "must be at most 64 characters").default(""),
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
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set", as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
