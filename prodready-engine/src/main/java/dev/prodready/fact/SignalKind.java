package dev.prodready.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of file and folder signals: a file's presence (and optionally its content) says something
 * about how the application is built, deployed or run. Ids are dotted lower-case, e.g. "ci.github-actions".
 */
public enum SignalKind {
    CI_GITHUB_ACTIONS, CI_GITLAB, CI_CIRCLECI, CI_BITBUCKET, CI_AZURE, CI_JENKINS,
    IAC_TERRAFORM, IAC_PULUMI, IAC_CLOUDFORMATION, IAC_CDK, IAC_KUBERNETES, IAC_HELM, IAC_SERVERLESS,
    CONTAINER_DOCKERFILE, CONTAINER_COMPOSE,
    PLATFORM_VERCEL, PLATFORM_NETLIFY, PLATFORM_FLY, PLATFORM_RENDER, PLATFORM_RAILWAY, PLATFORM_HEROKU,
    PLATFORM_FIREBASE, PLATFORM_SUPABASE, PLATFORM_APP_ENGINE,
    DEPS_DEPENDABOT, DEPS_RENOVATE, DEPS_LOCKFILE,
    REPO_CODEOWNERS, REPO_SECURITY_POLICY, REPO_LICENSE, REPO_README, REPO_CONTRIBUTING, REPO_PR_TEMPLATE,
    REPO_GIT_HOOKS, REPO_SECRET_SCAN_CONFIG,
    ENV_EXAMPLE, ENV_FILE_COMMITTED,
    API_OPENAPI, API_GRAPHQL_SCHEMA,
    DB_MIGRATIONS, DB_SCHEMA, DB_SUPABASE_MIGRATIONS, DB_FIREBASE_RULES,
    TEST_UNIT, TEST_E2E, TEST_LOAD, PERF_BUDGET,
    LEGAL_PRIVACY_PAGE, LEGAL_TERMS_PAGE, LEGAL_COOKIE_PAGE,
    MONITORING_ALERT_RULES, MONITORING_DASHBOARD, MONITORING_ERROR_TRACKING_CONFIG, MONITORING_UPTIME_CONFIG,
    DOCS_ARCHITECTURE_DIAGRAM, DOCS_ADR, SECURITY_TXT, HEALTH_ENDPOINT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".").replace('_', '-');
    }

    public static Optional<SignalKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
