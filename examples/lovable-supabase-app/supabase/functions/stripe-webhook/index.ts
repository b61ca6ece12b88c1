import { serve } from "https://deno.land/std@0.190.0/http/server.ts";
import { createClient } from "https://esm.sh/@supabase/supabase-js@2.45.4";

// Stripe calls this after checkout and on every subscription change.
serve(async (req) => {
  const event = await req.json();
  console.log("stripe event", event.type);

  const supabase = createClient(
    Deno.env.get("SUPABASE_URL") ?? "",
    Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ?? "",
  );

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    await supabase.from("subscriptions").upsert({
      user_id: session.metadata.user_id,
      stripe_customer_id: session.customer,
      stripe_subscription_id: session.subscription,
      status: "active",
    });
  }

  if (event.type === "customer.subscription.deleted") {
    const sub = event.data.object;
    await supabase.from("subscriptions").update({ status: "canceled" }).eq("stripe_subscription_id", sub.id);
  }

  return new Response(JSON.stringify({ received: true }), { status: 200 });
});
