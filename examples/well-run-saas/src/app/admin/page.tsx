import { notFound } from "next/navigation";
import { requireActor } from "@/lib/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

// Organisation administration. Checked on the server: the middleware redirect is only a convenience.
export default async function AdminPage() {
  const actor = await requireActor("member:manage").catch(() => notFound());

  const [members, events] = await Promise.all([
    db.membership.findMany({
      where: { organizationId: actor.organizationId },
      select: { id: true, role: true, user: { select: { name: true, email: true, mfaEnabledAt: true, lastLoginAt: true } } },
    }),
    db.auditLog.findMany({
      where: { organizationId: actor.organizationId },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
  ]);

  return (
    <main>
      <h1>Team and security</h1>
      <table>
        <thead><tr><th>Name</th><th>Email</th><th>Role</th><th>MFA</th><th>Last sign-in</th></tr></thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.user.name}</td>
              <td>{m.user.email}</td>
              <td>{m.role}</td>
              <td>{m.user.mfaEnabledAt ? "on" : "off"}</td>
              <td>{m.user.lastLoginAt?.toISOString() ?? "never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Recent security events</h2>
      <ul>
        {events.map((e) => (
          <li key={e.id}>{e.createdAt.toISOString()} {e.action} {e.targetType ?? ""}</li>
        ))}
      </ul>
    </main>
  );
}
