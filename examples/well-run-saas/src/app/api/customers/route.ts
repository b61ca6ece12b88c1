import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/session";
import { handleError } from "@/lib/http";

const createCustomerSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().email().max(254),
  billingAddress: z.string().max(1000).optional(),
  vatNumber: z.string().regex(/^[A-Z]{2}[A-Z0-9]{2,13}$/).optional(),
});

export async function GET() {
  try {
    const actor = await requireActor("customer:read");
    const customers = await db.customer.findMany({
      where: { organizationId: actor.organizationId },
      select: { id: true, name: true, email: true, vatNumber: true },
      orderBy: { name: "asc" },
      take: 500,
    });
    return NextResponse.json({ customers });
  } catch (err) {
    return handleError(err, "GET /api/customers");
  }
}

export async function POST(req: Request) {
  try {
    const actor = await requireActor("customer:write");
    const input = createCustomerSchema.parse(await req.json());
    const customer = await db.customer.create({ data: { ...input, organizationId: actor.organizationId } });
    return NextResponse.json(customer, { status: 201 });
  } catch (err) {
    return handleError(err, "POST /api/customers");
  }
}
