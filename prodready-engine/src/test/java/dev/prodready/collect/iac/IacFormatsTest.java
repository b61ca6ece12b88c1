package dev.prodready.collect.iac;

import dev.prodready.fact.ContainerImage;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IacFormatsTest {

    @Test
    void cloudFormationResourcesWithTagsAndParameterDefaults() {
        Parsed.Result r = Parsed.files("template.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  Public:
                    Type: String
                    Default: "true"
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    DeletionPolicy: Snapshot
                    Properties:
                      Engine: postgres
                      PubliclyAccessible: !Ref Public
                      DBSubnetGroupName: !Ref Subnets
                      BackupRetentionPeriod: 7
                """);
        IacResource db = TerraformTest.resource(r, "AWS::RDS::DBInstance");
        assertThat(db.name()).isEqualTo("Database");
        assertThat(db.evidence().location()).isEqualTo("template.yaml:7");
        IacValue.Scalar pub = (IacValue.Scalar) db.value("Properties.PubliclyAccessible").orElseThrow();
        assertThat(pub.bool()).contains(true);
        assertThat(pub.line()).isEqualTo(12);
        assertThat(db.value("Properties.DBSubnetGroupName").orElseThrow()).isEqualTo(new IacValue.Expression("!Ref Subnets", 13));
        assertThat(db.value("Properties.BackupRetentionPeriod").map(IacValue::text)).contains("7");
    }

    @Test
    void cloudFormationJsonIntrinsicsAreExpressions() {
        Parsed.Result r = Parsed.files("stack.json", """
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  "Resources": {
                    "Table": {
                      "Type": "AWS::DynamoDB::Table",
                      "Properties": {"TableName": {"Fn::Sub": "${AWS::StackName}-t"},
                        "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true}}
                    }
                  }
                }
                """);
        IacResource t = TerraformTest.resource(r, "AWS::DynamoDB::Table");
        assertThat(t.value("Properties.TableName").orElseThrow()).isInstanceOf(IacValue.Expression.class);
        assertThat(t.value("Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled").map(IacValue::text))
                .contains("true");
    }

    @Test
    void kubernetesObjectsPerDocumentWithImagesAndNoSecretData() {
        Parsed.Result r = Parsed.files("k8s/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          image: ghcr.io/acme/web:1.4.2
                          readinessProbe:
                            httpGet: {path: /healthz, port: 3000}
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: creds
                stringData:
                  password: hunter2
                """);
        IacResource web = TerraformTest.resource(r, "Deployment");
        assertThat(web.name()).isEqualTo("web");
        assertThat(web.evidence().location()).isEqualTo("k8s/app.yaml:2");
        assertThat(TerraformTest.resource(r, "Secret").body().get("stringData")).isEmpty();
        assertThat(r.all(ContainerImage.class)).singleElement().satisfies(i -> {
            assertThat(i.image()).isEqualTo("ghcr.io/acme/web");
            assertThat(i.tag()).isEqualTo("1.4.2");
            assertThat(i.evidence().line()).isEqualTo(10);
        });
    }

    @Test
    void helmValuesAreReadAndTemplatesRenderedWithThem() {
        Parsed.Result r = Parsed.files("chart/Chart.yaml", "apiVersion: v2\nname: web\n",
                "chart/values.yaml", "replicaCount: 2\nautoscaling:\n  enabled: true\n",
                "chart/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n");
        assertThat(r.all(IacResource.class)).extracting(IacResource::format).containsExactlyInAnyOrder("helm", "kubernetes");
        assertThat(r.all(IacResource.class)).filteredOn(x -> x.format().equals("helm")).singleElement()
                .satisfies(v -> assertThat(v.value("autoscaling.enabled").map(IacValue::text)).contains("true"));
        assertThat(TerraformTest.resource(r, "Deployment").value("metadata.name")).get()
                .isInstanceOf(IacValue.Expression.class);
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void composeServicesAndTheirImages() {
        Parsed.Result r = Parsed.files("docker-compose.prod.yml", """
                x-common: &common
                  restart: always
                services:
                  db:
                    <<: *common
                    image: postgres:16
                    ports:
                      - "5432:5432"
                  web:
                    build: .
                """);
        List<IacResource> services = r.all(IacResource.class);
        assertThat(services).extracting(IacResource::name).containsExactly("db", "web");
        assertThat(services.get(0).body().text("restart")).as("merge key applied").isEqualTo("always");
        assertThat(r.all(ContainerImage.class)).singleElement().satisfies(i -> assertThat(i.tag()).isEqualTo("16"));
    }

    @Test
    void dockerfileStagesInheritUserAndHealthcheck() {
        Parsed.Result r = Parsed.files("Dockerfile", """
                ARG NODE=20-alpine
                FROM node:${NODE} AS build
                WORKDIR /app
                RUN npm ci && \\
                    npm run build

                FROM build AS runtime
                USER node
                HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:3000/health || exit 1
                CMD ["node", "server.js"]
                """);
        List<IacResource> stages = r.all(IacResource.class);
        assertThat(stages).extracting(IacResource::name).containsExactly("build", "runtime");
        IacResource runtime = stages.get(1);
        assertThat(runtime.body().text("user")).isEqualTo("node");
        assertThat(runtime.value("user").map(IacValue::line)).contains(8);
        assertThat(runtime.body().text("healthcheck")).startsWith("--interval=30s CMD");
        assertThat(runtime.body().text("base")).isEqualTo("node:20-alpine");
        assertThat(runtime.body().text("final")).isEqualTo("true");
        assertThat(r.all(ContainerImage.class)).singleElement().satisfies(i -> {
            assertThat(i.image()).isEqualTo("node");
            assertThat(i.tag()).isEqualTo("20-alpine");
            assertThat(i.finalStage()).isTrue();
            assertThat(i.floating()).isFalse();
            assertThat(i.pinnedByDigest()).isFalse();
        });
    }

    @Test
    void imagePinnedByDigest() {
        Parsed.Result r = Parsed.files("api/Dockerfile",
                "FROM python:3.12-slim@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
        assertThat(r.all(ContainerImage.class)).singleElement().satisfies(i -> {
            assertThat(i.pinnedByDigest()).isTrue();
            assertThat(i.tag()).isEqualTo("3.12-slim");
        });
    }

    @Test
    void platformConfigurationsKeepTheirLines() {
        Parsed.Result r = Parsed.files(
                "fly.toml", """
                        app = "acme-web"
                        primary_region = "ams"

                        [http_service]
                          internal_port = 3000
                          min_machines_running = 1

                          [[http_service.checks]]
                            path = "/healthz"
                            interval = "15s"
                        """,
                "render.yaml", """
                        services:
                          - type: web
                            name: api
                            healthCheckPath: /health
                        databases:
                          - name: main
                            ipAllowList: []
                        """,
                "vercel.json", "{\n  \"framework\": \"nextjs\"\n}\n",
                "supabase/config.toml", "project_id = \"acme\"\n[auth.mfa]\nmax_enrolled_factors = 10\n");
        IacResource fly = r.all(IacResource.class).stream().filter(x -> x.format().equals("fly")).findFirst().orElseThrow();
        assertThat(fly.name()).isEqualTo("acme-web");
        assertThat(fly.value("http_service.checks.path").map(IacValue::line)).contains(9);
        assertThat(fly.value("http_service.internal_port").map(IacValue::line)).contains(5);
        assertThat(r.all(IacResource.class)).anyMatch(x -> x.format().equals("render") && x.kind().equals("service")
                && x.name().equals("api") && x.evidence().line() == 2);
        assertThat(r.all(IacResource.class)).anyMatch(x -> x.format().equals("render") && x.kind().equals("database"));
        assertThat(r.all(IacResource.class)).anyMatch(x -> x.format().equals("vercel"));
        assertThat(r.all(IacResource.class)).anyMatch(x -> x.format().equals("supabase") && x.name().equals("acme")
                && x.value("auth.mfa.max_enrolled_factors").map(IacValue::line).orElse(0) == 3);
    }

    @Test
    void monitoringAsCode() {
        Parsed.Result r = Parsed.files(
                "monitoring/alerts.yml", """
                        groups:
                          - name: api
                            rules:
                              - record: job:rate5m
                                expr: rate(x[5m])
                              - alert: HighErrorRate
                                expr: rate(http_requests_total{status=~"5.."}[5m]) > 0.05
                                labels: {severity: page}
                        """,
                "monitoring/alertmanager.yml", "route:\n  receiver: oncall\nreceivers:\n  - name: oncall\n",
                "dashboards/api.json", "{\"title\": \"API\", \"panels\": [{\"title\": \"CPU\"}]}");
        assertThat(r.all(IacResource.class)).anyMatch(x -> x.format().equals("prometheus") && x.name().equals("HighErrorRate")
                && x.evidence().line() == 6);
        assertThat(r.all(IacResource.class)).noneMatch(x -> x.name().equals("job:rate5m"));
        assertThat(r.all(IacResource.class)).anyMatch(x -> x.format().equals("alertmanager"));
        assertThat(r.all(IacResource.class)).anyMatch(x -> x.format().equals("grafana") && x.name().equals("API"));
    }

    @Test
    void malformedFilesBecomeNotesNeverExceptions() {
        Parsed.Result r = Parsed.files(
                "fly.toml", "app = \n[[[",
                "template.yaml", "AWSTemplateFormatVersion: x\nResources:\n  A: [unclosed\n",
                "vercel.json", "{ \"a\": ",
                "docker-compose.yml", "services:\n  - :\n :bad",
                "Dockerfile", "\u0000\u0001",
                "k8s/x.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: [}\n");
        assertThat(r.notes()).extracting(n -> n.path())
                .contains("fly.toml", "template.yaml", "vercel.json", "docker-compose.yml", "k8s/x.yaml");
        assertThat(r.all(IacFile.class)).filteredOn(f -> !f.parsed()).hasSizeGreaterThanOrEqualTo(5);
    }
}
