import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/session";
import { handleError } from "@/lib/http";
import { accountQueue } from "@/lib/queue";
import { audit } from "@/lib/audit";

const GRACE_DAYS = 14;

// Right to erasure: the account is frozen now and deleted after a 14-day grace period, so a
// mistaken or malicious request can be undone by support. See docs/data/data-retention.md.
export async function DELETE() {
  try {
    const actor = await requireActor("self:manage");
    await db.user.update({ where: { id: actor.userId }, data: { deletionRequestedAt: new Date() } });
    await accountQueue.add(
      "delete-user",
      { userId: actor.userId },
      { delay: GRACE_DAYS * 24 * 3600 * 1000, jobId: `delete-user:${actor.userId}` },
    );
    await audit("account.deletion.requested", { organizationId: actor.organizationId, actorId: actor.userId });
    return NextResponse.json({ status: "scheduled", graceDays: GRACE_DAYS }, { status: 202 });
  } catch (err) {
    return handleError(err, "DELETE /api/account");
  }
}
