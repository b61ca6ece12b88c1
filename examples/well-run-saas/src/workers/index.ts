import "./telemetry";
import { Worker, type Job } from "bullmq";
import { metrics } from "@opentelemetry/api";
import * as Sentry from "@sentry/nextjs";
import { redis } from "@/lib/cache";
import { logger } from "@/lib/logger";
import { accountQueue, emailQueue, maintenanceQueue } from "@/lib/queue";
import { reportQueueDepth } from "./telemetry";
import { sendInvoiceEmail } from "./jobs/sendInvoiceEmail";
import { deleteUser, exportOrganization } from "./jobs/account";
import { purgeExpiredData } from "./jobs/purgeExpiredData";

// Runs as its own ECS service ("worker"), scaled on queue depth (infra/compute.tf).
const connection = redis.duplicate({ maxRetriesPerRequest: null });
const jobsFailed = metrics.getMeter("ledgerline-worker").createCounter("bullmq_jobs_failed", { description: "Job attempts that failed" });

function worker(name: string, concurrency: number, handlers: Record<string, (job: Job) => Promise<unknown>>) {
  const w = new Worker(
    name,
    async (job) => {
      const handler = handlers[job.name];
      if (!handler) throw new Error(`no handler for ${name}/${job.name}`);
      const started = Date.now();
      const result = await handler(job);
      logger.info({ queue: name, job: job.name, jobId: job.id, durationMs: Date.now() - started }, "job done");
      return result;
    },
    { connection, concurrency },
  );
  w.on("failed", (job, err) => {
    jobsFailed.add(1, { queue: name, job: job?.name ?? "unknown" });
    logger.error({ queue: name, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err }, "job failed");
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) Sentry.captureException(err, { tags: { queue: name, job: job.name } });
  });
  return w;
}

const workers = [
  worker("email", 10, { "invoice-created": sendInvoiceEmail }),
  worker("account", 2, { "delete-user": deleteUser, export: exportOrganization }),
  worker("maintenance", 1, { "purge-expired-data": purgeExpiredData }),
];

const depthTimer = reportQueueDepth([emailQueue, accountQueue, maintenanceQueue], process.env.APP_ENV ?? "development");

// Nightly at 02:30 UTC, outside the busiest hours of our EU customers.
maintenanceQueue
  .add("purge-expired-data", {}, { repeat: { pattern: "30 2 * * *" }, jobId: "purge-expired-data" })
  .catch((err) => logger.error({ err }, "could not schedule the retention purge"));

async function shutdown(signal: string) {
  logger.info({ signal }, "worker shutting down; finishing current jobs");
  clearInterval(depthTimer);
  await Promise.all(workers.map((w) => w.close()));
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
