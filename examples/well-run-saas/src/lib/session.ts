import { getServerSession } from "next-auth";
import type { Role } from "@prisma/client";
import { authOptions } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCan, type Permission } from "@/lib/rbac";

export class UnauthenticatedError extends Error {
  readonly status = 401;
}

export type Actor = { userId: string; organizationId: string; role: Role };

/** Every route handler starts here: no session, no access; then the permission for this action. */
export async function requireActor(permission: Permission): Promise<Actor> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string; organizationId?: string; role?: Role } | undefined;
  if (!user?.id || !user.sid || !user.organizationId || !user.role) throw new UnauthenticatedError("sign in required");
  const row = await db.session.findUnique({ where: { sessionToken: user.sid }, select: { userId: true, expires: true } });
  if (!row || row.userId !== user.id || row.expires < new Date()) throw new UnauthenticatedError("session revoked or expired");
  assertCan(user.role, permission);
  return { userId: user.id, organizationId: user.organizationId, role: user.role };
}
