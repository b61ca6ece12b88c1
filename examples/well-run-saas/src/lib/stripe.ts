import Stripe from "stripe";
import { env } from "@/lib/env";

export const stripe = new Stripe(env.STRIPE_SECRET_KEY, {
  apiVersion: "2024-09-30.acacia",
  maxNetworkRetries: 2,
  timeout: 10_000,
  appInfo: { name: "ledgerline", version: env.RELEASE_VERSION },
});

export const PRICES = {
  starter: env.STRIPE_PRICE_STARTER,
  growth: env.STRIPE_PRICE_GROWTH,
} as const;
