import { randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * The environment, validated once. Every variable is listed with a comment in
 * `.env.example`; defaults are safe for development, and production refuses to start
 * without the secrets it cannot invent.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Port of `npm run dev` / `npm start`. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** PostgreSQL to use; unset = the embedded one (development and tests only). */
  DATABASE_URL: z.string().url().optional(),
  /** Comma-separated read replicas; read-only queries may go there. */
  DATABASE_REPLICA_URLS: z.string().optional(),
  /** Connection pool size per app process. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Port and folder of the embedded PostgreSQL used when DATABASE_URL is unset. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().default(".data/pg"),
  /** Password of the demo accounts made by the seed. */
  DEMO_PASSWORD: z.string().min(8).default("pestor-demo"),
  /**
   * How many reverse proxies in front of the app append to `X-Forwarded-For`; the client
   * address for rate limits is the entry that many from the right. 0 (default): the
   * header is ignored and the socket's peer is the client.
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** `off` disables request rate limits (benchmarks on a trusted network). */
  RATE_LIMITS: z.string().optional(),
  /** Signs session cookies and e-mail tokens. */
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  /** Public base URL, used in e-mails, RSS and calendar links. */
  APP_URL: z.string().url().optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** smtp://user:pass@host:port — unset = mails go to the development outbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("PES-TOR <no-reply@pestor.example.org>"),
  /** redis://host:port — shared rate-limit counters for several app nodes. */
  REDIS_URL: z.string().optional(),
  /** Folder for uploaded files (the disk storage driver). */
  STORAGE_DIR: z.string().default(".data/storage"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** S3-compatible object storage for uploads (several app nodes); unset S3_BUCKET = the disk in STORAGE_DIR. */
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().optional(),
  /** e.g. https://s3.example.org for MinIO/Ceph; unset = AWS. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0", ""]).optional(),
  /** Prometheus metrics on this port (path /metrics), for the internal network only. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().default("0.0.0.0"),
  /** Bearer token for /api/metrics on the app's own port (and for METRICS_PORT when both are set). */
  METRICS_TOKEN: z.string().min(16).optional(),
  /**
   * `on` (the default outside tests) keeps the answers of public searches (premises) in
   * memory, keyed by a version that every write bumps in its own transaction; `off` reads
   * the database every time. Tests run with it off unless they turn it on.
   */
  RESULT_CACHE: z.enum(["on", "off"]).optional(),
  /** `off` stops the in-process background worker (mail queue, schedules). */
  WORKER: z.string().optional(),
  /**
   * Single sign-on for city staff (OpenID Connect: Entra ID, Keycloak, ADFS …). Unset
   * OIDC_ISSUER = no "Zaloguj się kontem Urzędu" button; staff sign in with passwords.
   */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPE: z.string().default("openid email profile"),
  /** The claim that lists the person's groups (or roles) at the provider. */
  OIDC_ROLES_CLAIM: z.string().default("groups"),
  /** Comma-separated values of that claim that make the account ADMIN, resp. OFFICIAL. */
  OIDC_ADMIN_GROUPS: z.string().default(""),
  OIDC_OFFICIAL_GROUPS: z.string().default(""),
  /**
   * `true` accepts the e-mail without an `email_verified` claim: for providers whose
   * directory is the authority and which do not send that claim (Entra ID).
   */
  OIDC_TRUST_EMAIL: z.enum(["true", "false", ""]).optional(),
  /** How long a city account's session lasts from its sign-in (its roles are re-read at the next). */
  OIDC_SESSION_HOURS: z.coerce.number().int().min(1).max(336).default(12),
});

/** The city's OpenID provider, when configured (see {@link Config.oidc}). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  rolesClaim: string;
  adminGroups: string[];
  officialGroups: string[];
  trustEmail: boolean;
}

export type Config = z.infer<typeof schema> & {
  secret: string;
  appUrl: string;
  rateLimitsOn: boolean;
  workerOn: boolean;
  resultCacheOn: boolean;
  oidc: OidcConfig | null;
};

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === "production";
  if (production) {
    const missing = [
      !c.NEXTAUTH_SECRET && "NEXTAUTH_SECRET",
      !c.DATABASE_URL && "DATABASE_URL",
    ].filter(Boolean);
    if (missing.length) {
      throw new ConfigError(`Production needs ${missing.join(" and ")}; see .env.example.`);
    }
  }
  if (c.OIDC_ISSUER && (!c.OIDC_CLIENT_ID || !c.OIDC_CLIENT_SECRET)) {
    throw new ConfigError("OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET too; see .env.example.");
  }
  const appUrl = (c.APP_URL ?? c.NEXTAUTH_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, "");
  return {
    ...c,
    // Development gets a per-process secret: sessions die with the process, which is fine there.
    secret: c.NEXTAUTH_SECRET ?? devSecret(),
    appUrl,
    rateLimitsOn: c.RATE_LIMITS !== "off",
    workerOn: c.WORKER !== "off",
    resultCacheOn: c.RESULT_CACHE ? c.RESULT_CACHE === "on" : c.NODE_ENV !== "test",
    oidc: c.OIDC_ISSUER
      ? {
          issuer: c.OIDC_ISSUER.replace(/\/$/, ""),
          clientId: c.OIDC_CLIENT_ID!,
          clientSecret: c.OIDC_CLIENT_SECRET!,
          scope: c.OIDC_SCOPE,
          rolesClaim: c.OIDC_ROLES_CLAIM,
          adminGroups: list(c.OIDC_ADMIN_GROUPS),
          officialGroups: list(c.OIDC_OFFICIAL_GROUPS),
          trustEmail: c.OIDC_TRUST_EMAIL === "true",
        }
      : null,
  };
}

function list(value: string): string[] {
  return value.split(",").map((v) => v.trim()).filter(Boolean);
}

function devSecret(): string {
  const g = globalThis as { __pestorDevSecret?: string };
  g.__pestorDevSecret ??= randomBytes(32).toString("hex");
  return g.__pestorDevSecret;
}

let cached: Config | undefined;
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Reads the environment again on the next {@link config}: for tests that start their own servers first. */
export function reloadConfig(): void {
  cached = undefined;
}
