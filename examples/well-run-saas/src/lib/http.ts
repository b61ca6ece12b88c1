import { NextResponse } from "next/server";
import { ZodError } from "zod";
import * as Sentry from "@sentry/nextjs";
import { logger } from "@/lib/logger";

/** Maps known errors to status codes; anything else is reported to Sentry and answered with a 500. */
export function handleError(err: unknown, route: string): NextResponse {
  if (err instanceof ZodError) {
    return NextResponse.json({ error: "invalid_request", issues: err.issues }, { status: 400 });
  }
  const status = (err as { status?: number }).status;
  if (status === 401 || status === 403 || status === 404) {
    return NextResponse.json({ error: (err as Error).message }, { status });
  }
  const eventId = Sentry.captureException(err);
  logger.error({ err, route, sentryEventId: eventId }, "unhandled error");
  return NextResponse.json({ error: "internal_error", eventId }, { status: 500 });
}
