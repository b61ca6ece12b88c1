import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/session";
import { handleError } from "@/lib/http";
import { encryptSecret, newTotpSecret, verifyTotp } from "@/lib/mfa";
import { audit } from "@/lib/audit";
import { redis } from "@/lib/cache";

// Step 1: a fresh secret, held for 10 minutes until the user proves their app has it.
export async function POST() {
  try {
    const actor = await requireActor("self:manage");
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    const { secret, otpauthUrl } = newTotpSecret(user.email);
    await redis.set(`mfa:pending:${user.id}`, encryptSecret(secret), "EX", 600);
    return NextResponse.json({ otpauthUrl });
  } catch (err) {
    return handleError(err, "POST /api/mfa");
  }
}

// Step 2: the first valid code turns MFA on.
export async function PUT(req: Request) {
  try {
    const actor = await requireActor("self:manage");
    const { code } = z.object({ code: z.string().regex(/^\d{6}$/) }).parse(await req.json());
    const pending = await redis.get(`mfa:pending:${actor.userId}`);
    if (!pending || !verifyTotp(code, pending)) {
      await audit("auth.mfa.failure", { actorId: actor.userId, organizationId: actor.organizationId });
      return NextResponse.json({ error: "invalid_code" }, { status: 400 });
    }
    await db.user.update({ where: { id: actor.userId }, data: { mfaSecretEnc: pending, mfaEnabledAt: new Date() } });
    await redis.del(`mfa:pending:${actor.userId}`);
    await audit("auth.mfa.enabled", { actorId: actor.userId, organizationId: actor.organizationId });
    return NextResponse.json({ enabled: true });
  } catch (err) {
    return handleError(err, "PUT /api/mfa");
  }
}
