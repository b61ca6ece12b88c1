import { initialize, type Unleash } from "unleash-client";
import { env } from "@/lib/env";

// Flags live in our self-hosted Unleash; see docs/architecture.md#feature-flags for naming and clean-up rules.
let client: Unleash | undefined;

function unleash(): Unleash {
  client ??= initialize({
    url: env.UNLEASH_URL,
    appName: "ledgerline-web",
    environment: env.APP_ENV,
    customHeaders: { Authorization: env.UNLEASH_API_TOKEN },
    refreshInterval: 15_000,
  });
  return client;
}

export type Flag = "recurring-invoices" | "new-dashboard" | "pdf-renderer-v2";

/** Off when Unleash is unreachable: a flag must never turn a feature on by accident. */
export function isEnabled(flag: Flag, context: { organizationId: string; userId?: string }): boolean {
  return unleash().isEnabled(flag, { userId: context.userId, properties: { organizationId: context.organizationId } }, false);
}
