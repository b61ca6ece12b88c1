import type { Role } from "@prisma/client";

export type Permission =
  | "invoice:read"
  | "invoice:write"
  | "invoice:void"
  | "customer:read"
  | "customer:write"
  | "billing:manage"
  | "member:manage"
  | "org:export"
  | "org:delete"
  | "self:manage"; // the signed-in user's own account: MFA, sessions, deletion

// Deny by default: a role has exactly the permissions listed here and nothing else.
const GRANTS: Record<Role, readonly Permission[]> = {
  OWNER: [
    "invoice:read", "invoice:write", "invoice:void", "customer:read", "customer:write",
    "billing:manage", "member:manage", "org:export", "org:delete", "self:manage",
  ],
  ADMIN: [
    "invoice:read", "invoice:write", "invoice:void", "customer:read", "customer:write",
    "billing:manage", "member:manage", "org:export", "self:manage",
  ],
  ACCOUNTANT: ["invoice:read", "invoice:write", "customer:read", "customer:write", "self:manage"],
  VIEWER: ["invoice:read", "customer:read", "self:manage"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(permission: Permission) {
    super(`missing permission ${permission}`);
  }
}

export function assertCan(role: Role, permission: Permission): void {
  if (!can(role, permission)) throw new ForbiddenError(permission);
}
