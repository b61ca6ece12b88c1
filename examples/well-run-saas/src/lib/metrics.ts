import { metrics } from "@opentelemetry/api";

// Business and security counters; HTTP and database timings come from the auto-instrumentation.
const meter = metrics.getMeter("ledgerline");

export const invoicesCreated = meter.createCounter("invoices_created", { description: "Invoices created" });
export const invoiceAmountCents = meter.createCounter("invoice_amount_cents", { description: "Invoiced amount, in cents" });
export const checkoutsStarted = meter.createCounter("checkouts_started", { description: "Stripe Checkout sessions created" });
