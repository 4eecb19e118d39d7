import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_REASSESSMENT_DAYS } from '@domain/measures/measure-flags';

/** Everything the server reads from its environment, with defaults that are safe for a demo. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** `sqlite:<path>` (default, embedded) or `postgres://…`. */
  readonly databaseUrl: string;
  /** PostgreSQL only: connections per instance (instances × pool ≤ the server's max_connections). */
  readonly databasePoolSize: number;
  /** SQLite file: worker threads that run reports beside the serving thread (db/sqlite-read-workers.ts); 0 runs them on it. */
  readonly readWorkers: number;
  readonly environment: 'production' | 'development' | 'test';
  /** Secure cookies everywhere but local development over plain HTTP. */
  readonly secureCookies: boolean;
  readonly session: {
    readonly idleTimeoutSeconds: number;
    readonly idleWarningSeconds: number;
    readonly absoluteTimeoutSeconds: number;
  };
  /**
   * Failed sign-ins allowed per account (`maxFailures`) and per client address in a window; the
   * address limit is higher so one person's typos behind a shared office address lock only them.
   */
  readonly signInThrottle: { readonly maxFailures: number; readonly maxFailuresPerAddress: number; readonly windowSeconds: number };
  /** Seed the demo clinic into an empty database at start-up. */
  readonly seedDemoClinic: boolean;
  /** Folder of the built SPA, served with a fallback to index.html; null serves the API alone. */
  readonly spaDirectory: string | null;
  /** Folder of the built answering page (self-report links, `/r/<token>`); null serves none. */
  readonly answerDirectory: string | null;
  readonly logLevel: string;
  readonly trustProxy: boolean;
  /** Days without a measure after which an active client's reassessment is overdue (the clinic's setting). */
  readonly reassessmentDays: number;
  /** Seconds a team dashboard answer may be reused for the same user (0: never, e.g. to benchmark the SQL). */
  readonly dashboardCacheSeconds: number;
  /**
   * The address clinicians and clients reach CareCircle at (scheme, host, port), e.g. behind a proxy.
   * Self-report links are built on it and state-changing requests must come from it.
   */
  readonly publicOrigin: string;
  /** Shown to clients and families on self-report pages and in emails; nothing else about the clinic is. */
  readonly clinicName: string;
  /**
   * The clinic's own FHIR namespace: extensions, code systems, questionnaires and the full URLs of
   * exported resources are built on it (server/fhir/fhir-urls.ts). Keep it stable once data has left.
   */
  readonly fhirBaseUrl: string;
  /** SMTP server for emailing self-report links (e.g. smtp://user:pass@host:587); null: links are copied or printed only. */
  readonly smtpUrl: string | null;
  /** Sender address of those emails. */
  readonly mailFrom: string;
  /** Specs lower the per-link and per-address limits of self-report links (default: LINK_RATE_LIMITS). */
  readonly selfReportLimits?: { readonly perToken: number; readonly perAddress: number; readonly windowMs: number };
  /** Where the log goes (default stdout); specs capture it to prove what is never logged. */
  readonly logStream?: NodeJS.WritableStream;
  /** Encrypts two-factor secrets at rest (see server/two-factor/secret-key.ts). */
  readonly secretKey: SecretKeySource;
  /** The server's clock; specs replace it to test expiry without waiting. */
  readonly now: () => Date;
}

/** CARECIRCLE_SECRET_KEY when set; otherwise a key file generated once next to the embedded database. */
export type SecretKeySource = { readonly key: Buffer } | { readonly file: string };

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().default('sqlite:./data/carecircle.db'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  READ_WORKERS: z.coerce.number().int().min(0).max(16).default(2),
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  SESSION_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(5).default(15 * 60),
  SESSION_IDLE_WARNING_SECONDS: z.coerce.number().int().min(1).default(60),
  SESSION_ABSOLUTE_TIMEOUT_SECONDS: z.coerce.number().int().min(60).default(12 * 60 * 60),
  SEED_DEMO_CLINIC: z.enum(['true', 'false']).default('true'),
  DASHBOARD_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(60),
  REASSESSMENT_OVERDUE_DAYS: z.coerce.number().int().min(7).max(365).default(DEFAULT_REASSESSMENT_DAYS),
  SPA_DIRECTORY: z.string().default('dist/carecircle/browser'),
  ANSWER_DIRECTORY: z.string().default('dist/answer/browser'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PUBLIC_ORIGIN: z.url().optional(),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(50),
  SIGN_IN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(60).max(24 * 60 * 60).default(15 * 60),
  FHIR_BASE_URL: z.url().optional(),
  CLINIC_NAME: z.string().trim().min(1).max(120).default('CareCircle Demo Clinic'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'Use smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().trim().min(3).max(254).default('no-reply@localhost'),
  CARECIRCLE_SECRET_KEY: z
    .string()
    .trim()
    .refine((value) => Buffer.from(value, 'base64').length === 32, { error: 'must be 32 bytes in base64 (openssl rand -base64 32)' })
    .optional(),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    readWorkers: e.READ_WORKERS,
    environment: e.NODE_ENV,
    secureCookies: e.NODE_ENV !== 'development',
    session: {
      idleTimeoutSeconds: e.SESSION_IDLE_TIMEOUT_SECONDS,
      // A warning longer than half the idle time would nag constantly; cap it.
      idleWarningSeconds: Math.min(e.SESSION_IDLE_WARNING_SECONDS, Math.floor(e.SESSION_IDLE_TIMEOUT_SECONDS / 2)),
      absoluteTimeoutSeconds: e.SESSION_ABSOLUTE_TIMEOUT_SECONDS,
    },
    signInThrottle: {
      maxFailures: e.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: e.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: e.SIGN_IN_THROTTLE_WINDOW_SECONDS,
    },
    seedDemoClinic: e.SEED_DEMO_CLINIC === 'true',
    spaDirectory: e.SPA_DIRECTORY === '' ? null : e.SPA_DIRECTORY,
    answerDirectory: e.ANSWER_DIRECTORY === '' ? null : e.ANSWER_DIRECTORY,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
    reassessmentDays: e.REASSESSMENT_OVERDUE_DAYS,
    dashboardCacheSeconds: e.DASHBOARD_CACHE_SECONDS,
    // Without a configured origin the server is reached directly, at its own port on localhost.
    publicOrigin: new URL(e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`).origin,
    clinicName: e.CLINIC_NAME,
    fhirBaseUrl: (e.FHIR_BASE_URL ?? `${new URL(e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`).origin}/fhir`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    secretKey: secretKeySourceOf(e.CARECIRCLE_SECRET_KEY, env['NODE_ENV'], e.DATABASE_URL),
    now: () => new Date(),
  };
}

/**
 * A production server (NODE_ENV=production set explicitly) must be given its key: a generated file
 * would be lost with the container, and every enrolled authenticator with it. Elsewhere, including
 * the demo started with `npm start`, a key is generated once into the embedded database's folder.
 */
function secretKeySourceOf(base64Key: string | undefined, nodeEnv: string | undefined, databaseUrl: string): SecretKeySource {
  if (base64Key) {
    return { key: Buffer.from(base64Key, 'base64') };
  }
  if (nodeEnv === 'production') {
    throw new Error('Invalid configuration:\n  CARECIRCLE_SECRET_KEY: required when NODE_ENV=production (openssl rand -base64 32)');
  }
  const folder = databaseUrl.startsWith('sqlite:') ? dirname(databaseUrl.slice('sqlite:'.length)) : 'data';
  return { file: join(folder, 'secret-key') };
}
