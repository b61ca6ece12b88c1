import pino from "pino";

// JSON logs to stdout; the ECS awslogs driver ships them to CloudWatch Logs (retention: infra/monitoring.tf).
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "ledgerline-web", env: process.env.APP_ENV, release: process.env.RELEASE_VERSION },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      "req.headers.authorization",
      "req.headers.cookie",
      "*.password",
      "*.passwordHash",
      "*.mfaSecretEnc",
      "*.token",
      "*.email",
      "*.billingAddress",
    ],
    censor: "[redacted]",
  },
});

export function requestLogger(requestId: string, route: string) {
  return logger.child({ requestId, route });
}
