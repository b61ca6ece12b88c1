import { loadStripe } from "@stripe/stripe-js";
import { supabase } from "@/integrations/supabase/client";

export const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);

/** Asks the create-checkout edge function for a Checkout session and sends the browser there. */
export async function startCheckout(plan: "pro_monthly" | "pro_yearly") {
  const { data, error } = await supabase.functions.invoke("create-checkout", {
    body: { plan, returnUrl: import.meta.env.VITE_APP_URL ?? window.location.origin },
  });
  if (error) throw error;
  window.location.href = data.url;
}
