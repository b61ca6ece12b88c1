import Redis from "ioredis";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, enableAutoPipelining: true });

/**
 * Read-through cache for data that is expensive to compute and tolerates a short staleness
 * (dashboard totals, plan limits). Keys are always scoped by organisation id.
 */
export async function cached<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
  try {
    const hit = await redis.get(key);
    if (hit) return JSON.parse(hit) as T;
  } catch (err) {
    logger.warn({ err, key }, "cache read failed; loading from the database");
  }
  const value = await load();
  redis.set(key, JSON.stringify(value), "EX", ttlSeconds).catch((err) => logger.warn({ err, key }, "cache write failed"));
  return value;
}

export function invalidate(...keys: string[]) {
  return redis.del(...keys);
}
