import { Queue } from "bullmq";
import { redis } from "@/lib/cache";

const connection = redis.duplicate({ maxRetriesPerRequest: null });

const defaultJobOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 10_000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export const emailQueue = new Queue("email", { connection, defaultJobOptions });
export const accountQueue = new Queue("account", { connection, defaultJobOptions });
export const maintenanceQueue = new Queue("maintenance", { connection, defaultJobOptions });
