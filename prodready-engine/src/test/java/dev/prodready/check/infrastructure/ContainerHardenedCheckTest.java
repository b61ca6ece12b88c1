package dev.prodready.check.infrastructure;

import dev.prodready.check.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.NOT_APPLICABLE;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** container.hardened from inline Dockerfiles run through the parsers. */
class ContainerHardenedCheckTest {

    private static final String HARDENED = """
            FROM node:20.11.1-slim AS build
            WORKDIR /app
            RUN npm ci

            FROM node:20.11.1-slim@sha256:0000000000000000000000000000000000000000000000000000000000000000
            COPY --from=build /app /app
            USER node
            HEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1
            CMD ["node", "server.js"]
            """;

    private static final String BARE = """
            FROM python:latest
            COPY . /app
            CMD ["python", "app.py"]
            """;

    private static final String POD_HARDENED = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  securityContext:
                    runAsNonRoot: true
                  containers:
                    - name: api
                      image: ghcr.io/acme/api:2.3.1
                      readinessProbe:
                        httpGet: {path: /ready, port: 8080}
            """;

    private static final String POD_BARE = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: ghcr.io/acme/api
                      securityContext:
                        privileged: true
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("non-root, digest-pinned, with HEALTHCHECK passes", facts(Scan.file("Dockerfile", HARDENED)),
                        PASS, "Dockerfile:5", "Dockerfile:7", "Dockerfile:8"),
                Case.of("root, latest, no health check fails", facts(Scan.file("Dockerfile", BARE)), FAIL, "Dockerfile:1"),
                Case.of("USER root counts as root", facts(Scan.file("Dockerfile",
                        "FROM alpine:3.19.1\nUSER root\nHEALTHCHECK CMD true\n")), PARTIAL, "Dockerfile:2", "Dockerfile:3"),
                Case.of("a major-only tag is not pinned", facts(Scan.file("Dockerfile",
                        "FROM eclipse-temurin:21-jre\nUSER 1000\nHEALTHCHECK CMD true\n")), PARTIAL, "Dockerfile:1"),
                Case.of("a Kubernetes probe stands in for HEALTHCHECK", facts(Scan.files(
                        "Dockerfile", "FROM golang:1.22.1 AS b\nRUN go build\nFROM gcr.io/distroless/static:nonroot@sha256:"
                                + "1111111111111111111111111111111111111111111111111111111111111111\nCOPY --from=b /app /app\n",
                        "k8s/deploy.yaml", """
                                apiVersion: apps/v1
                                kind: Deployment
                                metadata:
                                  name: web
                                spec:
                                  template:
                                    spec:
                                      securityContext:
                                        runAsNonRoot: true
                                      containers:
                                        - name: web
                                          image: web:1.0.0
                                          livenessProbe:
                                            httpGet:
                                              path: /health
                                              port: 8080
                                """)), PASS, "Dockerfile:3", "k8s/deploy.yaml:13"),
                Case.of("a hardened pod spec passes without a Dockerfile", facts(Scan.file("k8s/api.yaml", POD_HARDENED)),
                        PASS, "k8s/api.yaml:9", "k8s/api.yaml:12", "k8s/api.yaml:13"),
                Case.of("a privileged container on latest without probes fails", facts(Scan.file("k8s/api.yaml",
                        POD_BARE)), FAIL, "k8s/api.yaml:12", "k8s/api.yaml:10", "k8s/api.yaml:9"),
                Case.of("runAsUser 0 in the pod overrides nothing the container sets", facts(Scan.file("k8s/api.yaml",
                        POD_HARDENED.replace("runAsNonRoot: true", "runAsUser: 0"))), PARTIAL, "k8s/api.yaml:9"),
                Case.of("a commit-tagged deployed image is pinned, a Job needs no probe", facts(Scan.file("k8s/job.yaml", """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata:
                          name: nightly
                        spec:
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  containers:
                                    - name: report
                                      image: ghcr.io/acme/report:3f2a1bc
                                      securityContext:
                                        runAsUser: 1000
                        """)), PASS, "k8s/job.yaml:12", "k8s/job.yaml:14"),
                Case.of("an image from an unresolved value is not judged pinned", facts(Scan.file("k8s/api.yaml",
                        POD_HARDENED.replace("ghcr.io/acme/api:2.3.1", "ghcr.io/acme/api:${TAG}"))), PARTIAL,
                        "k8s/api.yaml:12"),
                Case.of("HEALTHCHECK NONE does not count", facts(Scan.file("Dockerfile",
                        "FROM nginx:latest\nHEALTHCHECK NONE\n")), FAIL, "Dockerfile:2"),
                Case.of("a base image from an unresolved build argument is unknown", facts(Scan.file("Dockerfile",
                        "ARG BASE\nFROM ${BASE}\n")), UNKNOWN, "Dockerfile:2"),
                Case.of("no Dockerfile is not applicable", facts(Scan.file("main.tf",
                        "resource \"aws_s3_bucket\" \"b\" {\n}\n")), NOT_APPLICABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesTheFinalStage(Case c) {
        Outcome outcome = c.verify(new ContainerHardenedCheck());
        assertThat(outcome.message()).isNotBlank();
    }
}
