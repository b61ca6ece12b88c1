import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export type SecurityAction =
  | "auth.login.success"
  | "auth.login.failure"
  | "auth.lockout"
  | "auth.mfa.enabled"
  | "auth.mfa.disabled"
  | "auth.mfa.failure"
  | "member.role.changed"
  | "member.removed"
  | "org.export"
  | "account.deletion.requested"
  | "account.deleted";

/**
 * Records a security event twice: in the AuditLog table (customers can see their organisation's
 * history) and in the structured log, where CloudWatch metric filters raise alarms on bursts.
 */
export async function audit(
  action: SecurityAction,
  fields: { organizationId?: string; actorId?: string; targetType?: string; targetId?: string; ip?: string; metadata?: Prisma.InputJsonValue },
) {
  logger.info({ securityEvent: action, ...fields }, "security event");
  await db.auditLog.create({ data: { action, ...fields } });
}
