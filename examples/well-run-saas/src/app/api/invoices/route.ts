import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/session";
import { createInvoiceSchema, listInvoicesQuery } from "@/lib/validation";
import { handleError } from "@/lib/http";
import { invalidate } from "@/lib/cache";
import { emailQueue } from "@/lib/queue";
import { invoiceAmountCents, invoicesCreated } from "@/lib/metrics";

export async function GET(req: Request) {
  try {
    const actor = await requireActor("invoice:read");
    const query = listInvoicesQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
    const invoices = await db.invoice.findMany({
      where: { organizationId: actor.organizationId, status: query.status },
      include: { customer: { select: { id: true, name: true } } },
      orderBy: { createdAt: "desc" },
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    });
    const hasMore = invoices.length > query.limit;
    const page = hasMore ? invoices.slice(0, query.limit) : invoices;
    return NextResponse.json({ invoices: page, nextCursor: hasMore ? page.at(-1)?.id : null });
  } catch (err) {
    return handleError(err, "GET /api/invoices");
  }
}

export async function POST(req: Request) {
  try {
    const actor = await requireActor("invoice:write");
    const input = createInvoiceSchema.parse(await req.json());

    // The customer must belong to the caller's organisation; ids from the body are never trusted alone.
    const customer = await db.customer.findFirst({ where: { id: input.customerId, organizationId: actor.organizationId } });
    if (!customer) return NextResponse.json({ error: "customer_not_found" }, { status: 404 });

    const invoice = await db.$transaction(async (tx) => {
      const count = await tx.invoice.count({ where: { organizationId: actor.organizationId } });
      return tx.invoice.create({
        data: {
          organizationId: actor.organizationId,
          customerId: customer.id,
          number: `INV-${String(count + 1).padStart(5, "0")}`,
          currency: input.currency,
          dueDate: input.dueDate,
          notes: input.notes,
          totalCents: input.lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0),
          lines: { create: input.lines },
        },
        include: { lines: true },
      });
    });
    await invalidate(`org:${actor.organizationId}:totals`);
    invoicesCreated.add(1, { currency: invoice.currency });
    invoiceAmountCents.add(invoice.totalCents, { currency: invoice.currency });
    await emailQueue.add("invoice-created", { invoiceId: invoice.id }, { jobId: `invoice-created:${invoice.id}` });
    return NextResponse.json(invoice, { status: 201 });
  } catch (err) {
    return handleError(err, "POST /api/invoices");
  }
}
