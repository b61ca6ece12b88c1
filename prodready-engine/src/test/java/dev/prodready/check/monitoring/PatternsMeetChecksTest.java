package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.Status;
import dev.prodready.check.performance.AutoscalingCheck;
import dev.prodready.check.performance.DatabaseIndexesCheck;
import dev.prodready.check.performance.NPlusOneCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.prodready.check.monitoring.Given.repo;

/**
 * The content patterns and the checks together: realistic files, written inline, are scanned with the shipped
 * pattern files and the checks judge the matches. Line numbers in the expectations are lines of these texts.
 */
class PatternsMeetChecksTest {

    private static final PatternScanner SCANNER =
            new PatternScanner("patterns/monitoring.yml", "patterns/performance.yml");

    private static void expect(Map<String, String> files, Check check, Status status, String... locations) {
        Given given = repo(check.itemId() + " over " + files.keySet()).add(SCANNER.scan(files));
        new Case(given, status, List.of(locations)).verify(check);
    }

    @Test
    void nextConfigWrappedBySentryUploadsSourceMaps() {
        expect(Map.of("next.config.mjs", """
                import { withSentryConfig } from '@sentry/nextjs';
                const nextConfig = { reactStrictMode: true };
                export default withSentryConfig(nextConfig, {
                  org: 'acme',
                  project: 'web',
                  authToken: process.env.SENTRY_AUTH_TOKEN,
                });
                """), new SourceMapUploadCheck(), Status.PASS, "next.config.mjs:3");
    }

    @Test
    void queryInsideAForLoopIsACandidateButTheLoopsIterableIsNot() {
        expect(Map.of("src/lib/orders.ts", """
                import { prisma } from './db';

                export async function ordersWithCustomers() {
                  for (const order of await prisma.order.findMany()) {
                    const customer = await prisma.customer.findUnique({
                      where: { id: order.customerId },
                    });
                    console.log(order.id, customer?.name);
                  }
                }
                """), new NPlusOneCheck(), Status.PARTIAL, "src/lib/orders.ts:5");
    }

    @Test
    void cloudWatchAlarmOnFiveHundredsWithAnSnsActionIsARoutedErrorAlert() {
        Map<String, String> files = Map.of("infra/alarms.tf", """
                resource "aws_sns_topic" "alerts" {
                  name = "prod-alerts"
                }

                resource "aws_cloudwatch_metric_alarm" "api_5xx" {
                  alarm_name          = "api-5xx"
                  namespace           = "AWS/ApplicationELB"
                  metric_name         = "HTTPCode_Target_5XX_Count"
                  statistic           = "Sum"
                  period              = 60
                  evaluation_periods  = 5
                  threshold           = 10
                  comparison_operator = "GreaterThanThreshold"
                  alarm_actions       = [aws_sns_topic.alerts.arn]
                }
                """);
        expect(files, new CriticalAlertsCheck(), Status.PASS, "infra/alarms.tf:5", "infra/alarms.tf:14");
        expect(files, new ErrorAlertsCheck(), Status.PASS, "infra/alarms.tf:8", "infra/alarms.tf:14");
        expect(files, new PerformanceAlertsCheck(), Status.PASS, "infra/alarms.tf:8");
    }

    @Test
    void oneOfTwoLogGroupsWithoutRetentionIsPartial() {
        expect(Map.of("infra/logs.tf", """
                resource "aws_cloudwatch_log_group" "api" {
                  name              = "/ecs/api"
                  retention_in_days = 30
                }

                resource "aws_cloudwatch_log_group" "worker" {
                  name = "/ecs/worker"
                }
                """), new LogRetentionCheck(), Status.PARTIAL, "infra/logs.tf:1", "infra/logs.tf:6", "infra/logs.tf:3");
    }

    @Test
    void failedLoginLoggedButNoAccessChangesIsPartial() {
        expect(Map.of("src/routes/auth.ts", """
                router.post('/login', async (req, res) => {
                  const user = await findUser(req.body.email);
                  if (!user || !(await verify(user.hash, req.body.password))) {
                    req.log.warn({ email: req.body.email, ip: req.ip }, 'login failed: bad credentials');
                    return res.status(401).json({ error: 'invalid credentials' });
                  }
                });
                """), new SecurityEventLoggingCheck(), Status.PARTIAL, "src/routes/auth.ts:4");
    }

    @Test
    void prismaModelsWithoutIndexesFailAndWithOneTheyPass() {
        String models = """
                model User {
                  id    String @id @default(cuid())
                  email String @unique
                  posts Post[]
                }

                model Post {
                  id       String @id @default(cuid())
                  authorId String
                  author   User   @relation(fields: [authorId], references: [id])
                """;
        expect(Map.of("prisma/schema.prisma", models + "}\n"), new DatabaseIndexesCheck(), Status.FAIL,
                "prisma/schema.prisma:1", "prisma/schema.prisma:7");
        expect(Map.of("prisma/schema.prisma", models + "\n  @@index([authorId])\n}\n"), new DatabaseIndexesCheck(),
                Status.PASS, "prisma/schema.prisma:12");
    }

    @Test
    void kubernetesDeploymentWithFixedReplicasAndNoAutoscalerFails() {
        expect(Map.of("k8s/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  replicas: 3
                  selector:
                    matchLabels:
                      app: api
                """), new AutoscalingCheck(), Status.FAIL, "k8s/deployment.yaml:6");
    }

    @Test
    void consoleLogOnlyServerFailsStructuredLogging() {
        expect(Map.of("server.js", """
                const express = require('express');
                const app = express();
                app.get('/api/items', async (req, res) => {
                  console.log('listing items for', req.query.user);
                  res.json(await listItems());
                });
                app.listen(3000, () => console.log('listening'));
                """), new StructuredLoggingCheck(), Status.FAIL, "server.js:4", "server.js:7");
    }
    @Test
    void djangoViewQueryingPerOrderIsACandidate() {
        expect(Map.of("shop/views.py", """
                from django.http import JsonResponse
                from .models import Customer, Order


                def order_list(request):
                    rows = []
                    for order in Order.objects.filter(status="open"):
                        customer = Customer.objects.get(pk=order.customer_id)
                        rows.append({"id": order.id, "customer": customer.name})
                    return JsonResponse({"orders": rows})
                """), new NPlusOneCheck(), Status.PARTIAL, "shop/views.py:8");
    }

    @Test
    void pythonServiceWithStructlogAndAHealthRoute() {
        Map<String, String> files = Map.of("app/main.py", """
                import structlog
                from fastapi import FastAPI

                structlog.configure(processors=[structlog.processors.add_log_level,
                                                structlog.processors.JSONRenderer()])
                app = FastAPI()


                @app.get("/healthz")
                async def health():
                    return {"status": "ok"}
                """);
        expect(files, new StructuredLoggingCheck(), Status.PASS, "app/main.py:5");
        expect(files, new HealthEndpointCheck(), Status.PASS, "app/main.py:9");
    }

    @Test
    void springSentryDsnPropertyCountsAsInitialisation() {
        expect(Map.of("src/main/resources/application.properties", """
                spring.application.name=orders
                sentry.dsn=${SENTRY_DSN}
                sentry.traces-sample-rate=0.1
                """), new ErrorTrackingCheck(), Status.PASS, "src/main/resources/application.properties:2");
    }
}
