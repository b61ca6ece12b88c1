import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/session";
import { checkoutSchema } from "@/lib/validation";
import { handleError } from "@/lib/http";
import { stripe, PRICES } from "@/lib/stripe";
import { env } from "@/lib/env";
import { checkoutsStarted } from "@/lib/metrics";

// Stripe Checkout hosts the payment page: card numbers never touch our servers (PCI SAQ A).
export async function POST(req: Request) {
  try {
    const actor = await requireActor("billing:manage");
    const { plan } = checkoutSchema.parse(await req.json());
    const org = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId } });

    const session = await stripe.checkout.sessions.create(
      {
        mode: "subscription",
        customer: org.stripeCustomerId ?? undefined,
        client_reference_id: org.id,
        line_items: [{ price: PRICES[plan], quantity: 1 }],
        success_url: `${env.NEXT_PUBLIC_APP_URL}/settings/billing?checkout=success`,
        cancel_url: `${env.NEXT_PUBLIC_APP_URL}/settings/billing`,
        automatic_tax: { enabled: true },
        tax_id_collection: { enabled: true },
      },
      { idempotencyKey: `checkout:${org.id}:${plan}:${new Date().toISOString().slice(0, 13)}` },
    );
    checkoutsStarted.add(1, { plan });
    return NextResponse.json({ url: session.url });
  } catch (err) {
    return handleError(err, "POST /api/billing/checkout");
  }
}
