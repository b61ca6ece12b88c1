import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/session";
import { updateInvoiceStatusSchema } from "@/lib/validation";
import { handleError } from "@/lib/http";
import { invalidate } from "@/lib/cache";

type Params = { params: { id: string } };

export async function GET(_req: Request, { params }: Params) {
  try {
    const actor = await requireActor("invoice:read");
    const invoice = await db.invoice.findFirst({
      where: { id: params.id, organizationId: actor.organizationId },
      include: { lines: true, customer: true },
    });
    return invoice ? NextResponse.json(invoice) : NextResponse.json({ error: "not_found" }, { status: 404 });
  } catch (err) {
    return handleError(err, "GET /api/invoices/[id]");
  }
}

export async function PATCH(req: Request, { params }: Params) {
  try {
    const { status } = updateInvoiceStatusSchema.parse(await req.json());
    const actor = await requireActor(status === "VOID" ? "invoice:void" : "invoice:write");
    const result = await db.invoice.updateMany({
      where: { id: params.id, organizationId: actor.organizationId },
      data: { status },
    });
    if (result.count === 0) return NextResponse.json({ error: "not_found" }, { status: 404 });
    await invalidate(`org:${actor.organizationId}:totals`);
    return NextResponse.json({ id: params.id, status });
  } catch (err) {
    return handleError(err, "PATCH /api/invoices/[id]");
  }
}
