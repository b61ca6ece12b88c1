import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

const redis = new Redis({
  url: process.env.UPSTASH_REDIS_REST_URL!,
  token: process.env.UPSTASH_REDIS_REST_TOKEN!,
});

/** Login, MFA and password reset: 10 attempts per IP per 10 minutes. */
export const authLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "10 m"),
  prefix: "rl:auth",
  analytics: true,
});

/** Every other API route: 120 requests per IP per minute, bursts allowed. */
export const apiLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.tokenBucket(2, "1 s", 120),
  prefix: "rl:api",
  analytics: true,
});
