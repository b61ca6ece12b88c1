import { NextResponse } from "next/server";
import { requireActor } from "@/lib/session";
import { handleError } from "@/lib/http";
import { accountQueue } from "@/lib/queue";
import { audit } from "@/lib/audit";

// Right of access and data portability: builds a ZIP of JSON + CSV files and emails a download link
// (valid 7 days). Runs as a job because large organisations take minutes.
export async function POST() {
  try {
    const actor = await requireActor("org:export");
    await accountQueue.add("export", { organizationId: actor.organizationId, requestedBy: actor.userId });
    await audit("org.export", { organizationId: actor.organizationId, actorId: actor.userId });
    return NextResponse.json({ status: "queued" }, { status: 202 });
  } catch (err) {
    return handleError(err, "POST /api/account/export");
  }
}
