import { NodeSDK } from "@opentelemetry/sdk-node";
import { getNodeAutoInstrumentations } from "@opentelemetry/auto-instrumentations-node";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { PrometheusExporter } from "@opentelemetry/exporter-prometheus";
import * as Sentry from "@sentry/nextjs";
import type { Queue } from "bullmq";
import { logger } from "@/lib/logger";

// The worker is a plain Node process, so it starts tracing, metrics and Sentry itself (imported first).
new NodeSDK({
  serviceName: "ledgerline-worker",
  traceExporter: new OTLPTraceExporter({ url: `${process.env.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` }),
  metricReader: new PrometheusExporter({ port: 9464 }),
  instrumentations: [getNodeAutoInstrumentations({ "@opentelemetry/instrumentation-fs": { enabled: false } })],
}).start();

Sentry.init({
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
  environment: process.env.APP_ENV,
  release: process.env.RELEASE_VERSION,
  sendDefaultPii: false,
});

/**
 * Every minute, reports how many jobs wait in each queue as a CloudWatch embedded-metric log line.
 * CloudWatch turns it into the Ledgerline/Queues WaitingJobs metric that scales the worker service and
 * drives the queue-backlog alarm (infra/compute.tf, infra/monitoring.tf); no AWS SDK or IAM grant needed.
 */
export function reportQueueDepth(queues: Queue[], environment: string) {
  const tick = async () => {
    let waiting = 0;
    for (const q of queues) {
      const counts = await q.getJobCounts("waiting", "delayed", "failed");
      waiting += counts.waiting ?? 0;
      logger.info({ queue: q.name, ...counts }, "queue depth");
    }
    logger.info({
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [{ Namespace: "Ledgerline/Queues", Dimensions: [["Environment"]], Metrics: [{ Name: "WaitingJobs", Unit: "Count" }] }],
      },
      Environment: environment,
      WaitingJobs: waiting,
    });
  };
  return setInterval(() => tick().catch((err) => logger.warn({ err }, "queue depth report failed")), 60_000);
}
