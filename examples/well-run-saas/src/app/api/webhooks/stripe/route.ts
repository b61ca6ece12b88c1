import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

// Public endpoint, authenticated by Stripe's signature instead of a session.
export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "missing signature" }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await req.text(), signature, env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    logger.warn({ err }, "stripe webhook with a bad signature");
    return NextResponse.json({ error: "bad signature" }, { status: 400 });
  }

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      await db.organization.update({
        where: { id: session.client_reference_id! },
        data: { stripeCustomerId: String(session.customer) },
      });
      break;
    }
    case "customer.subscription.updated":
    case "customer.subscription.deleted": {
      const sub = event.data.object;
      const plan = sub.status === "active" ? String(sub.items.data[0]?.price.lookup_key ?? "starter") : "starter";
      await db.organization.updateMany({ where: { stripeCustomerId: String(sub.customer) }, data: { plan } });
      break;
    }
    default:
      logger.debug({ type: event.type }, "stripe event ignored");
  }
  return NextResponse.json({ received: true });
}
