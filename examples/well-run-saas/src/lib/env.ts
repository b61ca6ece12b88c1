import { z } from "zod";

// The only place that reads process.env at runtime. Each variable is documented in .env.example and
// docs/environment-variables.md; a missing required value stops the process at start-up.
const schema = z.object({
  APP_ENV: z.enum(["development", "test", "staging", "production"]),
  NEXT_PUBLIC_APP_URL: z.string().url(),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error"]).default("info"),
  RELEASE_VERSION: z.string().default("dev"),
  DATABASE_URL: z.string().url(),
  NEXTAUTH_URL: z.string().url(),
  NEXTAUTH_SECRET: z.string().min(32),
  MFA_ENCRYPTION_KEY: z.string().length(44, "32 bytes, base64"),
  REDIS_URL: z.string().url(),
  UPSTASH_REDIS_REST_URL: z.string().url(),
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  STRIPE_PRICE_STARTER: z.string().startsWith("price_"),
  STRIPE_PRICE_GROWTH: z.string().startsWith("price_"),
  RESEND_API_KEY: z.string().min(1),
  EMAIL_FROM: z.string().min(3),
  NEXT_PUBLIC_SENTRY_DSN: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().default("ledgerline-web"),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  UNLEASH_URL: z.string().url(),
  UNLEASH_API_TOKEN: z.string().min(1),
});

export type Env = z.infer<typeof schema>;

// CI test runs (APP_ENV=test) have no third-party credentials; the code paths that need them are mocked there.
export const env: Env = (process.env.APP_ENV === "test" ? schema.partial().parse(process.env) : schema.parse(process.env)) as Env;
