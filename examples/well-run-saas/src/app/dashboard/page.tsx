import { redirect } from "next/navigation";
import { requireActor } from "@/lib/session";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache";
import { isEnabled } from "@/lib/flags";

export const dynamic = "force-dynamic";

export default async function Dashboard() {
  const actor = await requireActor("invoice:read").catch(() => redirect("/login"));

  const totals = await cached(`org:${actor.organizationId}:totals`, 60, () =>
    db.invoice.groupBy({
      by: ["status"],
      where: { organizationId: actor.organizationId },
      _sum: { totalCents: true },
      _count: true,
    }),
  );
  const newDashboard = isEnabled("new-dashboard", { organizationId: actor.organizationId, userId: actor.userId });

  return (
    <main>
      <h1>Overview</h1>
      {newDashboard && <p>You are trying the new dashboard. Tell us what you think.</p>}
      <table>
        <thead><tr><th>Status</th><th>Invoices</th><th>Amount</th></tr></thead>
        <tbody>
          {totals.map((t) => (
            <tr key={t.status}>
              <td>{t.status}</td>
              <td>{t._count}</td>
              <td>{((t._sum.totalCents ?? 0) / 100).toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
