import { PrismaClient } from "@prisma/client";
import { logger } from "@/lib/logger";

// One client per process. The pool size comes from `connection_limit` in DATABASE_URL
// (10 per task; 6 web tasks + 2 workers stay well under RDS max_connections, see docs/capacity-plan.md).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db =
  globalForPrisma.prisma ??
  new PrismaClient({
    log: [
      { emit: "event", level: "query" },
      { emit: "event", level: "warn" },
      { emit: "event", level: "error" },
    ],
  });

// Slow queries are logged with their duration so they show up in the "slow queries" log insight.
db.$on("query" as never, (e: { duration: number; query: string }) => {
  if (e.duration > 300) {
    logger.warn({ durationMs: e.duration, query: e.query }, "slow query");
  }
});

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
