import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { redis } from "@/lib/cache";

export const dynamic = "force-dynamic";

// Used by the ALB target group, the container HEALTHCHECK, Better Stack and the deploy smoke test.
// ?deep=1 also checks the database and Redis; the load balancer calls it without, so a database
// outage does not make every task look unhealthy at once.
export async function GET(req: Request) {
  const deep = new URL(req.url).searchParams.get("deep") === "1";
  const checks: Record<string, "ok" | "fail"> = {};
  if (deep) {
    checks.database = await db.$queryRaw`SELECT 1`.then(() => "ok" as const, () => "fail" as const);
    checks.redis = await redis.ping().then(() => "ok" as const, () => "fail" as const);
  }
  const healthy = Object.values(checks).every((c) => c === "ok");
  return NextResponse.json(
    { status: healthy ? "ok" : "degraded", release: process.env.RELEASE_VERSION, checks },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
