package dev.prodready.collect.signal;

import dev.prodready.collect.pattern.RecordingSink;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.prodready.fact.SignalKind.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per signal kind: files that must signal it (with the evidence line where content decides) and near
 * misses that must not. Each case is scanned alone in a fresh folder.
 */
class FileSignalCollectorTest {

    /** A file that must signal {@code kind}; {@code line} is the expected evidence line (0 = whole file). */
    record Hit(SignalKind kind, String path, String content, int line) {
        @Override
        public String toString() {
            return kind.id() + " <- " + path;
        }
    }

    /** A file that must not signal {@code kind}. */
    record Miss(SignalKind kind, String path, String content) {
        @Override
        public String toString() {
            return kind.id() + " x " + path;
        }
    }

    private static final String K8S = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";

    static List<Hit> hits() {
        return List.of(
                new Hit(CI_GITHUB_ACTIONS, ".github/workflows/ci.yml", "on: push\n", 0),
                new Hit(CI_GITHUB_ACTIONS, ".github/workflows/deploy.yaml", "on: push\n", 0),
                new Hit(CI_GITLAB, ".gitlab-ci.yml", "stages: [test]\n", 0),
                new Hit(CI_CIRCLECI, ".circleci/config.yml", "version: 2.1\n", 0),
                new Hit(CI_BITBUCKET, "bitbucket-pipelines.yml", "pipelines: {}\n", 0),
                new Hit(CI_AZURE, "azure-pipelines.yml", "trigger: [main]\n", 0),
                new Hit(CI_JENKINS, "Jenkinsfile", "pipeline { }\n", 0),
                new Hit(CI_JENKINS, "ci/Jenkinsfile.release", "pipeline { }\n", 0),
                new Hit(IAC_TERRAFORM, "infra/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n", 0),
                new Hit(IAC_TERRAFORM, "infra/stack.tf.json", "{}", 0),
                new Hit(IAC_TERRAFORM, "infra/main.tofu", "", 0),
                new Hit(IAC_PULUMI, "infra/Pulumi.yaml", "name: app\nruntime: nodejs\n", 0),
                new Hit(IAC_CLOUDFORMATION, "template.yaml",
                        "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n", 1),
                new Hit(IAC_CLOUDFORMATION, "sam/app.yml", "# SAM\nTransform: AWS::Serverless-2016-10-31\nResources: {}\n", 2),
                new Hit(IAC_CLOUDFORMATION, "cfn/stack.json",
                        "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {}\n}\n", 2),
                new Hit(IAC_CDK, "cdk.json", "{\"app\": \"npx ts-node bin/app.ts\"}", 0),
                new Hit(IAC_KUBERNETES, "k8s/deployment.yaml", K8S, 2),
                new Hit(IAC_KUBERNETES, "deploy/ingress.yml",
                        "---\napiVersion: networking.k8s.io/v1\nkind: Ingress\n", 3),
                new Hit(IAC_HELM, "charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n", 2),
                new Hit(IAC_SERVERLESS, "serverless.yml", "service: api\nprovider:\n  name: aws\n", 1),
                new Hit(CONTAINER_DOCKERFILE, "Dockerfile", "FROM node:20\n", 0),
                new Hit(CONTAINER_DOCKERFILE, "api/Dockerfile.prod", "FROM node:20\n", 0),
                new Hit(CONTAINER_DOCKERFILE, "docker/web.dockerfile", "FROM nginx\n", 0),
                new Hit(CONTAINER_COMPOSE, "docker-compose.yml", "services: {}\n", 0),
                new Hit(CONTAINER_COMPOSE, "compose.prod.yaml", "services: {}\n", 0),
                new Hit(PLATFORM_VERCEL, "vercel.json", "{}", 0),
                new Hit(PLATFORM_NETLIFY, "netlify.toml", "[build]\n", 0),
                new Hit(PLATFORM_NETLIFY, "public/_redirects", "/* /index.html 200\n", 0),
                new Hit(PLATFORM_FLY, "fly.toml", "app = 'x'\n", 0),
                new Hit(PLATFORM_RENDER, "render.yaml", "services: []\n", 0),
                new Hit(PLATFORM_RAILWAY, "railway.toml", "[build]\n", 0),
                new Hit(PLATFORM_RAILWAY, "railway.json", "{}", 0),
                new Hit(PLATFORM_HEROKU, "Procfile", "web: node server.js\n", 0),
                new Hit(PLATFORM_HEROKU, "app.json", "{\n  \"name\": \"x\",\n  \"buildpacks\": []\n}\n", 3),
                new Hit(PLATFORM_FIREBASE, "firebase.json", "{}", 0),
                new Hit(PLATFORM_FIREBASE, ".firebaserc", "{}", 0),
                new Hit(PLATFORM_SUPABASE, "supabase/config.toml", "project_id = \"x\"\n", 0),
                new Hit(PLATFORM_APP_ENGINE, "app.yaml", "runtime: python312\n", 1),
                new Hit(DEPS_DEPENDABOT, ".github/dependabot.yml", "version: 2\n", 0),
                new Hit(DEPS_RENOVATE, "renovate.json", "{}", 0),
                new Hit(DEPS_RENOVATE, ".github/renovate.json5", "{}", 0),
                new Hit(DEPS_RENOVATE, "package.json", "{\n  \"name\": \"x\",\n  \"renovate\": {\n  }\n}\n", 3),
                new Hit(DEPS_LOCKFILE, "package-lock.json", "{}", 0),
                new Hit(DEPS_LOCKFILE, "backend/poetry.lock", "", 0),
                new Hit(DEPS_LOCKFILE, "go.sum", "", 0),
                new Hit(DEPS_LOCKFILE, "uv.lock", "", 0),
                new Hit(REPO_CODEOWNERS, ".github/CODEOWNERS", "* @team\n", 0),
                new Hit(REPO_CODEOWNERS, "CODEOWNERS", "* @team\n", 0),
                new Hit(REPO_SECURITY_POLICY, "SECURITY.md", "# Security\n", 0),
                new Hit(REPO_SECURITY_POLICY, ".github/security.md", "# Security\n", 0),
                new Hit(REPO_LICENSE, "LICENSE", "MIT\n", 0),
                new Hit(REPO_LICENSE, "LICENSE.md", "MIT\n", 0),
                new Hit(REPO_README, "README.md", "# App\n", 0),
                new Hit(REPO_README, "readme.rst", "App\n", 0),
                new Hit(REPO_CONTRIBUTING, "CONTRIBUTING.md", "# Contributing\n", 0),
                new Hit(REPO_PR_TEMPLATE, ".github/pull_request_template.md", "## What\n", 0),
                new Hit(REPO_PR_TEMPLATE, ".github/PULL_REQUEST_TEMPLATE.md", "## What\n", 0),
                new Hit(REPO_GIT_HOOKS, ".husky/pre-commit", "npx lint-staged\n", 0),
                new Hit(REPO_GIT_HOOKS, ".pre-commit-config.yaml", "repos: []\n", 0),
                new Hit(REPO_GIT_HOOKS, "lefthook.yml", "pre-commit: {}\n", 0),
                new Hit(REPO_SECRET_SCAN_CONFIG, ".gitleaks.toml", "[extend]\n", 0),
                new Hit(REPO_SECRET_SCAN_CONFIG, ".secretlintrc.json", "{}", 0),
                new Hit(REPO_SECRET_SCAN_CONFIG, ".github/secret_scanning.yml", "paths-ignore: []\n", 0),
                new Hit(REPO_SECRET_SCAN_CONFIG, ".pre-commit-config.yaml",
                        "repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.18.0\n", 2),
                new Hit(ENV_EXAMPLE, ".env.example", "DATABASE_URL=\n", 0),
                new Hit(ENV_EXAMPLE, "apps/web/.env.local.example", "X=\n", 0),
                new Hit(ENV_EXAMPLE, "example.env", "X=\n", 0),
                new Hit(ENV_FILE_COMMITTED, ".env", "X=1\n", 0),
                new Hit(ENV_FILE_COMMITTED, "apps/api/.env.production", "X=1\n", 0),
                new Hit(ENV_FILE_COMMITTED, ".env.local", "X=1\n", 0),
                new Hit(API_OPENAPI, "openapi.yaml", "openapi: 3.0.3\ninfo:\n  title: API\n", 1),
                new Hit(API_OPENAPI, "docs/api/spec.yml", "# spec\nswagger: \"2.0\"\n", 2),
                new Hit(API_OPENAPI, "public/openapi.json", "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {}\n}\n", 2),
                new Hit(API_GRAPHQL_SCHEMA, "schema.graphql", "type Query {\n  me: User\n}\n", 1),
                new Hit(DB_MIGRATIONS, "prisma/migrations/20240101000000_init/migration.sql", "CREATE TABLE x();\n", 0),
                new Hit(DB_MIGRATIONS, "alembic/versions/1a2b3c_init.py", "revision = '1a2b3c'\n", 0),
                new Hit(DB_MIGRATIONS, "db/migrate/20240101_create_users.rb", "class CreateUsers\n", 0),
                new Hit(DB_MIGRATIONS, "src/main/resources/db/migration/V1__init.sql", "CREATE TABLE x();\n", 0),
                new Hit(DB_MIGRATIONS, "shop/migrations/0001_initial.py", "from django.db import migrations\n", 0),
                new Hit(DB_MIGRATIONS, "drizzle/0000_init.sql", "CREATE TABLE x();\n", 0),
                new Hit(DB_MIGRATIONS, "migrations/20240101_add_users.js", "exports.up = () => {}\n", 0),
                new Hit(DB_SCHEMA, "prisma/schema.prisma", "model User { id Int @id }\n", 0),
                new Hit(DB_SCHEMA, "db/schema.sql", "CREATE TABLE x();\n", 0),
                new Hit(DB_SCHEMA, "src/db/schema.ts",
                        "import { pgTable } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', {});\n", 2),
                new Hit(DB_SCHEMA, "shop/models.py",
                        "from django.db import models\n\nclass Order(models.Model):\n    pass\n", 3),
                new Hit(DB_SUPABASE_MIGRATIONS, "supabase/migrations/20240101000000_init.sql", "create table x();\n", 0),
                new Hit(DB_FIREBASE_RULES, "firestore.rules", "rules_version = '2';\n", 0),
                new Hit(DB_FIREBASE_RULES, "database.rules.json", "{}", 0),
                new Hit(TEST_UNIT, "src/lib/price.test.ts", "test('x', () => {})\n", 0),
                new Hit(TEST_UNIT, "tests/test_orders.py", "def test_x(): pass\n", 0),
                new Hit(TEST_UNIT, "src/test/java/app/OrderTest.java", "class OrderTest {}\n", 0),
                new Hit(TEST_UNIT, "internal/order_test.go", "package order\n", 0),
                new Hit(TEST_E2E, "playwright.config.ts", "export default {}\n", 0),
                new Hit(TEST_E2E, "cypress.config.js", "module.exports = {}\n", 0),
                new Hit(TEST_E2E, "e2e/checkout.spec.ts", "test('x', () => {})\n", 0),
                new Hit(TEST_E2E, "cypress/e2e/login.cy.ts", "it('x', () => {})\n", 0),
                new Hit(TEST_LOAD, "load/checkout.js",
                        "import http from 'k6/http';\nimport { sleep } from \"k6\";\n", 1),
                new Hit(TEST_LOAD, "locustfile.py", "from locust import HttpUser\n", 0),
                new Hit(TEST_LOAD, "perf/plan.jmx", "<jmeterTestPlan/>\n", 0),
                new Hit(TEST_LOAD, "load/artillery.yml",
                        "config:\n  target: https://staging.example.com\nscenarios:\n  - flow: []\n", 3),
                new Hit(PERF_BUDGET, "lighthouserc.json", "{}", 0),
                new Hit(PERF_BUDGET, ".size-limit.json", "[]", 0),
                new Hit(PERF_BUDGET, "package.json", "{\n  \"size-limit\": [\n    {\"path\": \"dist/*.js\"}\n  ]\n}\n", 2),
                new Hit(LEGAL_PRIVACY_PAGE, "app/privacy/page.tsx", "export default function P() {}\n", 0),
                new Hit(LEGAL_PRIVACY_PAGE, "src/app/(marketing)/privacy-policy/page.mdx", "# Privacy\n", 0),
                new Hit(LEGAL_PRIVACY_PAGE, "pages/privacy.tsx", "export default function P() {}\n", 0),
                new Hit(LEGAL_PRIVACY_PAGE, "src/pages/Privacy.tsx", "export default function P() {}\n", 0),
                new Hit(LEGAL_PRIVACY_PAGE, "src/pages/PrivacyPolicy.tsx", "export default function P() {}\n", 0),
                new Hit(LEGAL_PRIVACY_PAGE, "public/privacy.html", "<h1>Privacy</h1>\n", 0),
                new Hit(LEGAL_PRIVACY_PAGE, "shop/templates/shop/privacy.html", "{% extends 'base.html' %}\n", 0),
                new Hit(LEGAL_PRIVACY_PAGE, "src/App.tsx",
                        "<Routes>\n  <Route path=\"/\" element={<Home />} />\n  <Route path=\"/privacy\" element={<Privacy />} />\n</Routes>\n", 3),
                new Hit(LEGAL_PRIVACY_PAGE, "src/router.ts",
                        "export const routes = [\n  { path: '/privacy-policy', component: PrivacyView },\n];\n", 2),
                new Hit(LEGAL_TERMS_PAGE, "app/terms/page.tsx", "export default function T() {}\n", 0),
                new Hit(LEGAL_TERMS_PAGE, "src/pages/TermsOfService.tsx", "export default function T() {}\n", 0),
                new Hit(LEGAL_TERMS_PAGE, "src/routes/terms/+page.svelte", "<h1>Terms</h1>\n", 0),
                new Hit(LEGAL_TERMS_PAGE, "templates/terms.html", "<h1>Terms</h1>\n", 0),
                new Hit(LEGAL_TERMS_PAGE, "src/main.tsx", "<Route path=\"/terms\" element={<Terms />} />\n", 1),
                new Hit(LEGAL_COOKIE_PAGE, "app/cookies/page.tsx", "export default function C() {}\n", 0),
                new Hit(LEGAL_COOKIE_PAGE, "src/pages/CookiePolicy.tsx", "export default function C() {}\n", 0),
                new Hit(LEGAL_COOKIE_PAGE, "public/cookie-policy.html", "<h1>Cookies</h1>\n", 0),
                new Hit(MONITORING_ALERT_RULES, "monitoring/rules.yml",
                        "groups:\n  - name: api\n    rules:\n      - alert: HighErrorRate\n        expr: rate(x[5m]) > 0.05\n", 4),
                new Hit(MONITORING_ALERT_RULES, "alertmanager.yml", "route: {}\n", 0),
                new Hit(MONITORING_ALERT_RULES, "infra/monitors.tf", "resource \"datadog_monitor\" \"errors\" {\n}\n", 1),
                new Hit(MONITORING_DASHBOARD, "ops/api-dashboard.json",
                        "{\n  \"title\": \"API\",\n  \"panels\": [],\n  \"schemaVersion\": 39\n}\n", 3),
                new Hit(MONITORING_DASHBOARD, "grafana/dashboards/api.json", "{}", 0),
                new Hit(MONITORING_DASHBOARD, "infra/dash.tf", "resource \"grafana_dashboard\" \"api\" {}\n", 1),
                new Hit(MONITORING_ERROR_TRACKING_CONFIG, "sentry.client.config.ts", "import * as Sentry from '@sentry/nextjs'\n", 0),
                new Hit(MONITORING_ERROR_TRACKING_CONFIG, ".sentryclirc", "[defaults]\n", 0),
                new Hit(MONITORING_ERROR_TRACKING_CONFIG, "src/instrument.ts",
                        "import * as Sentry from '@sentry/node';\n\nSentry.init({ dsn: process.env.SENTRY_DSN });\n", 3),
                new Hit(MONITORING_ERROR_TRACKING_CONFIG, "app/main.py",
                        "import sentry_sdk\nsentry_sdk.init(dsn=os.environ['SENTRY_DSN'])\n", 2),
                new Hit(MONITORING_UPTIME_CONFIG, "checkly.config.ts", "export default {}\n", 0),
                new Hit(MONITORING_UPTIME_CONFIG, "__checks__/home.check.ts", "new ApiCheck('home', {})\n", 0),
                new Hit(MONITORING_UPTIME_CONFIG, "infra/uptime.tf", "resource \"betteruptime_monitor\" \"api\" {\n}\n", 1),
                new Hit(DOCS_ARCHITECTURE_DIAGRAM, "docs/system.drawio", "<mxfile/>\n", 0),
                new Hit(DOCS_ARCHITECTURE_DIAGRAM, "docs/context.puml", "@startuml\n@enduml\n", 0),
                new Hit(DOCS_ARCHITECTURE_DIAGRAM, "docs/architecture-overview.svg", "<svg/>\n", 0),
                new Hit(DOCS_ARCHITECTURE_DIAGRAM, "docs/overview.md",
                        "# Overview\n\n```mermaid\n%% services\nflowchart LR\n  web --> api\n```\n", 3),
                new Hit(DOCS_ADR, "docs/adr/0001-use-postgres.md", "# Use Postgres\n", 0),
                new Hit(DOCS_ADR, "docs/architecture/decisions/0002-queue.md", "# Queue\n", 0),
                new Hit(SECURITY_TXT, "public/.well-known/security.txt", "Contact: mailto:security@example.com\n", 0),
                new Hit(HEALTH_ENDPOINT, "app/api/health/route.ts", "export async function GET() {}\n", 0),
                new Hit(HEALTH_ENDPOINT, "pages/api/healthz.ts", "export default function h() {}\n", 0),
                new Hit(HEALTH_ENDPOINT, "src/health/health.controller.ts", "@Controller('health')\n", 0),
                new Hit(HEALTH_ENDPOINT, "src/server.ts",
                        "const app = express();\n\napp.get('/health', (req, res) => res.send('ok'));\n", 3),
                new Hit(HEALTH_ENDPOINT, "api/main.py", "app = FastAPI()\n@app.get(\"/healthz\")\ndef health():\n", 2),
                new Hit(HEALTH_ENDPOINT, "cmd/server/main.go", "mux.HandleFunc(\"/readyz\", ready)\n", 1),
                new Hit(HEALTH_ENDPOINT, "src/main/java/app/Ping.java", "  @GetMapping(\"/api/status\")\n", 1),
                new Hit(HEALTH_ENDPOINT, "config/routes.rb",
                        "Rails.application.routes.draw do\n  get \"up\" => \"rails/health#show\", as: :rails_health_check\n", 2));
    }

    static List<Miss> misses() {
        return List.of(
                new Miss(CI_GITHUB_ACTIONS, ".github/workflow/ci.yml", "on: push\n"),
                new Miss(CI_GITHUB_ACTIONS, ".github/workflows/README.md", "# Workflows\n"),
                new Miss(CI_GITLAB, "docs/gitlab-ci.md", ""),
                new Miss(CI_CIRCLECI, "circleci/config.yml", ""),
                new Miss(CI_BITBUCKET, "docs/bitbucket-pipelines.md", ""),
                new Miss(CI_AZURE, "azure/pipeline-notes.md", ""),
                new Miss(CI_JENKINS, "docs/Jenkinsfile.md", ""),
                new Miss(IAC_TERRAFORM, "infra/prod.tfvars", "region = \"eu\"\n"),
                new Miss(IAC_TERRAFORM, "terraform.tfstate", "{}"),
                new Miss(IAC_PULUMI, "Pulumi.prod.yaml", "config: {}\n"),
                new Miss(IAC_CLOUDFORMATION, "config/settings.yaml", "aws_region: eu-west-1\n"),
                new Miss(IAC_CLOUDFORMATION, "docs/notes.yaml", "note: we do not use AWSTemplateFormatVersion here\n"),
                new Miss(IAC_CDK, "cdk.out.json", "{}"),
                new Miss(IAC_KUBERNETES, "config/app.yaml", "kind: web\nname: app\n"),
                new Miss(IAC_KUBERNETES, "catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\n"),
                new Miss(IAC_KUBERNETES, "tools/backstage.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\n"),
                new Miss(IAC_KUBERNETES, "grafana/datasources.yaml", "apiVersion: 1\ndatasources: []\n"),
                new Miss(IAC_KUBERNETES, "docker-compose.yml", K8S),
                new Miss(IAC_HELM, "charts/README.md", "# Charts\n"),
                new Miss(IAC_SERVERLESS, "docs/serverless.md", "# Serverless\n"),
                new Miss(IAC_SERVERLESS, "serverless.yml", "# nothing here\n"),
                new Miss(CONTAINER_DOCKERFILE, ".dockerignore", "node_modules\n"),
                new Miss(CONTAINER_DOCKERFILE, "docs/Dockerfile.md", "# notes\n"),
                new Miss(CONTAINER_COMPOSE, "composer.json", "{}"),
                new Miss(CONTAINER_COMPOSE, "src/compose.ts", ""),
                new Miss(PLATFORM_VERCEL, "vercel.md", ""),
                new Miss(PLATFORM_NETLIFY, "src/_redirects.ts", ""),
                new Miss(PLATFORM_FLY, "fly.md", ""),
                new Miss(PLATFORM_RENDER, "src/render.ts", ""),
                new Miss(PLATFORM_RAILWAY, "railway.md", ""),
                new Miss(PLATFORM_HEROKU, "app.json", "{\n  \"expo\": {\n    \"name\": \"app\"\n  }\n}\n"),
                new Miss(PLATFORM_HEROKU, "Procfile.md", ""),
                new Miss(PLATFORM_FIREBASE, "firebase.ts", "initializeApp()\n"),
                new Miss(PLATFORM_SUPABASE, "supabase/seed.sql", ""),
                new Miss(PLATFORM_APP_ENGINE, "app.yaml", "name: my-app\nversion: 1\n"),
                new Miss(DEPS_DEPENDABOT, "dependabot.yml", "version: 2\n"),
                new Miss(DEPS_RENOVATE, "package.json", "{\n  \"name\": \"renovate-demo\"\n}\n"),
                new Miss(DEPS_LOCKFILE, "package.json", "{}"),
                new Miss(DEPS_LOCKFILE, "requirements.txt", "flask\n"),
                new Miss(REPO_CODEOWNERS, "src/CODEOWNERS.ts", ""),
                new Miss(REPO_CODEOWNERS, "packages/a/CODEOWNERS", ""),
                new Miss(REPO_SECURITY_POLICY, "docs/security-notes.md", ""),
                new Miss(REPO_SECURITY_POLICY, "src/security.ts", ""),
                new Miss(REPO_LICENSE, "src/license.ts", ""),
                new Miss(REPO_README, "packages/ui/README.md", "# UI\n"),
                new Miss(REPO_CONTRIBUTING, "docs/contributors.md", ""),
                new Miss(REPO_PR_TEMPLATE, ".github/ISSUE_TEMPLATE/bug.md", ""),
                new Miss(REPO_GIT_HOOKS, ".husky/_/husky.sh", ""),
                new Miss(REPO_GIT_HOOKS, ".git-hooks-notes.md", ""),
                new Miss(REPO_SECRET_SCAN_CONFIG, ".pre-commit-config.yaml", "repos:\n  - repo: https://github.com/psf/black\n"),
                new Miss(REPO_SECRET_SCAN_CONFIG, ".github/workflows/ci.yml", "jobs:\n  test: {}\n"),
                new Miss(ENV_EXAMPLE, ".env", "X=1\n"),
                new Miss(ENV_EXAMPLE, "src/env.ts", ""),
                new Miss(ENV_FILE_COMMITTED, ".env.example", "X=\n"),
                new Miss(ENV_FILE_COMMITTED, ".env.sample", "X=\n"),
                new Miss(ENV_FILE_COMMITTED, ".env.production.template", "X=\n"),
                new Miss(ENV_FILE_COMMITTED, ".envrc", "use nix\n"),
                new Miss(ENV_FILE_COMMITTED, "src/env.ts", ""),
                new Miss(API_OPENAPI, "openapi.yaml", "# placeholder for the spec\n"),
                new Miss(API_OPENAPI, "config/settings.yml", "features:\n  openapi: true\n"),
                new Miss(API_OPENAPI, "package.json", "{\n  \"openapi\": \"3.0.0\"\n}\n"),
                new Miss(API_GRAPHQL_SCHEMA, "src/queries/user.graphql", "query GetUser($id: ID!) {\n  user(id: $id) { id }\n}\n"),
                new Miss(DB_MIGRATIONS, "docs/migrations.md", "# Migrations\n"),
                new Miss(DB_MIGRATIONS, "shop/migrations/__init__.py", ""),
                new Miss(DB_MIGRATIONS, "scripts/migrate-users.ts", ""),
                new Miss(DB_SCHEMA, "src/schema.ts", "import { z } from 'zod';\nexport const schema = z.object({});\n"),
                new Miss(DB_SCHEMA, "shop/models.py", "from dataclasses import dataclass\n\nclass Order:\n    pass\n"),
                new Miss(DB_SUPABASE_MIGRATIONS, "supabase/seed.sql", ""),
                new Miss(DB_SUPABASE_MIGRATIONS, "prisma/migrations/1_init/migration.sql", ""),
                new Miss(DB_FIREBASE_RULES, "src/firestore.ts", ""),
                new Miss(TEST_UNIT, "src/lib/price.ts", ""),
                new Miss(TEST_UNIT, "e2e/checkout.spec.ts", ""),
                new Miss(TEST_UNIT, "src/testing/helpers.py", ""),
                new Miss(TEST_E2E, "src/lib/price.test.ts", ""),
                new Miss(TEST_E2E, "docs/e2e.md", ""),
                new Miss(TEST_LOAD, "src/k6-notes.js", "// we might try k6 one day\n"),
                new Miss(TEST_LOAD, "config/app.yml", "config:\n  target: x\n"),
                new Miss(PERF_BUDGET, "package.json", "{\n  \"scripts\": {\"size\": \"size-limit\"}\n}\n"),
                new Miss(LEGAL_PRIVACY_PAGE, "src/components/PrivacyBanner.tsx", ""),
                new Miss(LEGAL_PRIVACY_PAGE, "src/pages/privacy-settings.tsx", ""),
                new Miss(LEGAL_PRIVACY_PAGE, "src/components/privacy.tsx", ""),
                new Miss(LEGAL_PRIVACY_PAGE, "app/api/privacy/route.ts", ""),
                new Miss(LEGAL_PRIVACY_PAGE, "src/Footer.tsx", "<Link href=\"/privacy\">Privacy</Link>\n"),
                new Miss(LEGAL_TERMS_PAGE, "src/lib/terms.ts", ""),
                new Miss(LEGAL_TERMS_PAGE, "src/Footer.tsx", "<a href=\"/terms\">Terms</a>\n"),
                new Miss(LEGAL_COOKIE_PAGE, "src/lib/cookies.ts", ""),
                new Miss(LEGAL_COOKIE_PAGE, "src/components/CookieBanner.tsx", ""),
                new Miss(MONITORING_ALERT_RULES, "config/alerts.yml", "alert: true\n"),
                new Miss(MONITORING_ALERT_RULES, "infra/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n"),
                new Miss(MONITORING_DASHBOARD, "src/dashboard.json", "{\"title\": \"x\"}"),
                new Miss(MONITORING_DASHBOARD, "src/pages/dashboard.tsx", ""),
                new Miss(MONITORING_ERROR_TRACKING_CONFIG, "src/logger.ts", "// TODO: add Sentry\n"),
                new Miss(MONITORING_ERROR_TRACKING_CONFIG, "src/app.test.ts", "Sentry.init({})\n"),
                new Miss(MONITORING_UPTIME_CONFIG, "infra/main.tf", "resource \"aws_instance\" \"x\" {}\n"),
                new Miss(MONITORING_UPTIME_CONFIG, "src/check.ts", ""),
                new Miss(DOCS_ARCHITECTURE_DIAGRAM, "docs/logo.svg", "<svg/>\n"),
                new Miss(DOCS_ARCHITECTURE_DIAGRAM, "docs/plan.md", "# Plan\n\n```mermaid\ngantt\n  title Plan\n```\n"),
                new Miss(DOCS_ARCHITECTURE_DIAGRAM, "docs/arch.md", "# Architecture\n\nWe should draw a diagram.\n"),
                new Miss(DOCS_ADR, "docs/architecture.md", "# Architecture\n"),
                new Miss(DOCS_ADR, "src/adr.ts", ""),
                new Miss(SECURITY_TXT, "security.txt", "Contact: x\n"),
                new Miss(SECURITY_TXT, "SECURITY.md", "# Security\n"),
                new Miss(HEALTH_ENDPOINT, "src/lib/health.ts", "export const x = 1;\n"),
                new Miss(HEALTH_ENDPOINT, "src/client.ts", "const r = await axios.get('/health');\nfetch('/healthz')\n"),
                new Miss(HEALTH_ENDPOINT, "src/server.test.ts", "request(app).get('/health')\n"),
                new Miss(HEALTH_ENDPOINT, "src/pages/StatusPage.tsx", "<Route path=\"/status\" element={<Status />} />\n"),
                new Miss(HEALTH_ENDPOINT, "src/routes.ts", "app.get('/health-insurance', handler)\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hits")
    void signals(Hit hit, @TempDir Path root) throws IOException {
        write(root, hit.path(), hit.content());
        List<FileSignal> found = scan(root).all(FileSignal.class).stream().filter(s -> s.kind() == hit.kind()).toList();
        assertThat(found).as(hit.toString()).singleElement().satisfies(s -> {
            assertThat(s.evidence().path()).isEqualTo(hit.path());
            assertThat(s.evidence().line()).as("evidence line").isEqualTo(hit.line());
            assertThat(s.evidence().note()).isNotBlank();
            assertThat(s.detail()).isNotBlank();
            if (hit.line() == 0) {
                assertThat(s.detail()).isEqualTo(hit.path());
            } else {
                assertThat(hit.content().lines().toList().get(hit.line() - 1)).contains(s.detail());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misses")
    void doesNotSignal(Miss miss, @TempDir Path root) throws IOException {
        write(root, miss.path(), miss.content());
        assertThat(scan(root).all(FileSignal.class)).extracting(FileSignal::kind).as(miss.toString())
                .doesNotContain(miss.kind());
    }

    @Test
    void everySignalKindHasRulesAHitAndANearMiss() {
        Set<SignalKind> ruled = SignalRules.builtIn().stream().map(SignalRule::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalKind.class)));
        Set<SignalKind> hit = hits().stream().map(Hit::kind).collect(Collectors.toSet());
        Set<SignalKind> missed = misses().stream().map(Miss::kind).collect(Collectors.toSet());
        assertThat(ruled).containsExactlyInAnyOrder(SignalKind.values());
        assertThat(hit).containsExactlyInAnyOrder(SignalKind.values());
        assertThat(missed).containsExactlyInAnyOrder(SignalKind.values());
    }

    @Test
    void oneSignalPerKindAndFileEvenWhenSeveralRulesMatch(@TempDir Path root) throws IOException {
        write(root, "src/pages/privacy/index.tsx", "<Route path=\"/privacy\" element={<P/>} />\n");
        assertThat(scan(root).all(FileSignal.class)).extracting(FileSignal::kind).containsOnlyOnce(LEGAL_PRIVACY_PAGE);
    }

    @Test
    void oneFileCanSignalSeveralKinds(@TempDir Path root) throws IOException {
        write(root, ".pre-commit-config.yaml", "repos:\n  - repo: https://github.com/Yelp/detect-secrets\n");
        assertThat(scan(root).all(FileSignal.class)).extracting(FileSignal::kind)
                .containsExactlyInAnyOrder(REPO_GIT_HOOKS, REPO_SECRET_SCAN_CONFIG);
    }

    @Test
    void malformedBinaryAndOddlyEncodedTargetsNeverThrow(@TempDir Path root) throws IOException {
        write(root, "k8s/broken.yaml", "apiVersion: v1\nkind: Service\nmetadata: [unclosed\n  : : :\n");
        write(root, "openapi.json", "{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {\n");
        Files.write(root.resolve("app.yaml"), new byte[] {'r', 'u', 'n', 0, 0, 1, (byte) 0xFF});
        Files.createDirectories(root.resolve("infra"));
        Files.write(root.resolve("infra/template.yaml"),
                "Description: caf\u00e9 \u00fc\nAWSTemplateFormatVersion: '2010-09-09'\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(root.resolve("deep.yml"), "alert: " + "(".repeat(50_000) + "\n");
        RecordingSink sink = scan(root);
        assertThat(sink.all(FileSignal.class)).extracting(s -> s.kind() + "@" + s.evidence().location())
                .containsExactlyInAnyOrder("IAC_KUBERNETES@k8s/broken.yaml:2", "API_OPENAPI@openapi.json:2",
                        "IAC_CLOUDFORMATION@infra/template.yaml:2");
    }

    @Test
    void theWholeTableScannedTogetherGivesTheSameKindsPerFile(@TempDir Path root) throws IOException {
        // Every hit whose path is unique in the table, in one workspace: no rule interferes with another.
        List<Hit> unique = hits().stream()
                .filter(h -> hits().stream().filter(o -> o.path().equals(h.path())).count() == 1).toList();
        for (Hit h : unique) {
            write(root, h.path(), h.content());
        }
        List<FileSignal> all = scan(root).all(FileSignal.class);
        for (Hit h : unique) {
            assertThat(all).as(h.toString())
                    .anyMatch(s -> s.kind() == h.kind() && s.evidence().path().equals(h.path()));
        }
    }

    @Test
    void adversarialWhitespaceDoesNotStallTheContentRegexes(@TempDir Path root) throws IOException {
        String spaces = " ".repeat(50_000);
        write(root, "src/routes.ts", "path" + spaces + "x\napp.get" + spaces + "('/health')\n");
        write(root, "k8s/rules.yaml", ("alert:" + spaces + "\n").repeat(3) + "kind:" + spaces + "Deployment\n");
        write(root, "template.json", "\"AWSTemplateFormatVersion\"" + spaces + "x\n");
        RecordingSink sink = new RecordingSink();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            new FileSignalCollector().collect(Workspace.open(root), sink);
        });
        // Only the route with a very long gap is a match (odd but valid); its detail is squeezed.
        assertThat(sink.all(FileSignal.class)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(HEALTH_ENDPOINT);
            assertThat(s.detail()).isEqualTo(".get ('/health'");
        });
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void theDetailIsWhatMatchedNotTheRestOfTheLine(@TempDir Path root) throws IOException {
        write(root, "src/instrument.ts", "Sentry.init({ dsn: 'https://0000@o0.ingest.example.io/0', tracesSampleRate: 1 });\n");
        assertThat(scan(root).all(FileSignal.class)).singleElement().satisfies(s -> {
            assertThat(s.detail()).isEqualTo("Sentry.init(");
            assertThat(s.evidence().location()).isEqualTo("src/instrument.ts:1");
        });
    }

    @Test
    void brokenRuleDataBecomesANoteNotAnException(@TempDir Path root) throws Exception {
        write(root, "Dockerfile", "FROM node\n");
        RecordingSink sink = new RecordingSink();
        new FileSignalCollector(() -> {
            throw new IllegalStateException("signals.yml: bad regex");
        }).collect(Workspace.open(root), sink);
        assertThat(sink.facts).isEmpty();
        assertThat(sink.notes).singleElement().satisfies(n -> assertThat(n.message()).contains("bad regex"));
    }

    private static RecordingSink scan(Path root) {
        RecordingSink sink = new RecordingSink();
        try {
            new FileSignalCollector().collect(Workspace.open(root), sink);
        } catch (dev.prodready.workspace.WorkspaceException e) {
            throw new AssertionError(e);
        }
        return sink;
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
