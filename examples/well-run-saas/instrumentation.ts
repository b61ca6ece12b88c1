// Next.js calls register() once per server process, before any request is handled.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { NodeSDK } = await import("@opentelemetry/sdk-node");
    const { getNodeAutoInstrumentations } = await import("@opentelemetry/auto-instrumentations-node");
    const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-http");
    const { PrometheusExporter } = await import("@opentelemetry/exporter-prometheus");

    const sdk = new NodeSDK({
      serviceName: process.env.OTEL_SERVICE_NAME ?? "ledgerline-web",
      traceExporter: new OTLPTraceExporter({ url: `${process.env.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` }),
      // Metrics on :9464, scraped by the collector sidecar; the port is not reachable from outside the task.
      metricReader: new PrometheusExporter({ port: 9464 }),
      instrumentations: [
        getNodeAutoInstrumentations({
          "@opentelemetry/instrumentation-fs": { enabled: false },
        }),
      ],
    });
    sdk.start();

    await import("./sentry.server.config");
  }
}
