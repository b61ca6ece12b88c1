import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

const DAY = 24 * 3600 * 1000;

// Applies the retention rules in docs/data/data-retention.md. Idempotent: safe to re-run.
export async function purgeExpiredData() {
  const now = Date.now();
  const [sessions, auditLogs, ips] = await db.$transaction([
    db.session.deleteMany({ where: { expires: { lt: new Date(now - DAY) } } }),
    db.auditLog.deleteMany({ where: { createdAt: { lt: new Date(now - 400 * DAY) } } }),
    // Pseudonymise IP addresses in security logs after 30 days.
    db.$executeRaw`UPDATE "AuditLog" SET "ip" = NULL WHERE "ip" IS NOT NULL AND "createdAt" < ${new Date(now - 30 * DAY)}`,
  ]);
  logger.info({ sessions: sessions.count, auditLogs: auditLogs.count, ipsCleared: ips }, "retention purge done");
  return { sessions: sessions.count, auditLogs: auditLogs.count, ipsCleared: ips };
}
