package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.doc;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.fact.DocKind.MAINTENANCE_WINDOWS;

class ZeroDowntimeDeployCheckTest {

    private static final String ROLLING = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              strategy:
                type: RollingUpdate
              template:
                spec:
                  containers:
                    - name: api
                      readinessProbe:
                        httpGet: {path: /healthz, port: 8080}
            """;
    private static final String RECREATE = """
            apiVersion: apps/v1
            kind: Deployment
            spec:
              strategy:
                type: Recreate
            """;
    private static final String NO_PROBE = """
            apiVersion: apps/v1
            kind: Deployment
            spec:
              replicas: 2
            ---
            apiVersion: v1
            kind: Service
            """;
    private static final String ECS = """
            resource "aws_ecs_service" "api" {
              name = "api"
              deployment_minimum_healthy_percent = 0
            }
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("rolling update with readiness probe passes", facts(Scan.file("k8s/api.yaml", ROLLING)),
                        PASS, "k8s/api.yaml:2"),
                Case.of("Recreate strategy fails", facts(Scan.file("k8s/api.yaml", RECREATE)), FAIL, "k8s/api.yaml:5"),
                Case.of("Recreate with maintenance windows documented is partial",
                        facts(Scan.file("k8s/api.yaml", RECREATE), doc(MAINTENANCE_WINDOWS, "", "docs/ops.md", 3)),
                        PARTIAL, "k8s/api.yaml:5", "docs/ops.md:3"),
                Case.of("deployment without readiness probe is partial", facts(Scan.file("k8s/api.yaml", NO_PROBE)),
                        PARTIAL, "k8s/api.yaml:2"),
                Case.of("ECS letting every task stop fails", facts(Scan.file("infra/ecs.tf", ECS)), FAIL, "infra/ecs.tf:3"),
                Case.of("fly bluegreen passes", facts(Scan.file("fly.toml", "[deploy]\n  strategy = \"bluegreen\"\n")),
                        PASS, "fly.toml:2"),
                Case.of("fly bluegreen passes when texts are only the matched part", facts(Scan.file("fly.toml",
                        "[deploy]\n  strategy = \"bluegreen\"\n", Snippets.Text.MATCH)), PASS, "fly.toml:2"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ZeroDowntimeDeployCheck());
    }
}
