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
                                      containers:
                                        - name: web
                                          image: web:1.0.0
                                          livenessProbe:
                                            httpGet:
                                              path: /health
                                              port: 8080
                                """)), PASS, "Dockerfile:3", "k8s/deploy.yaml:11"),
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
