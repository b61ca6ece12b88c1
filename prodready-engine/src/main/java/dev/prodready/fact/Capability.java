package dev.prodready.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a package (or file) gives the application. The knowledge base maps packages to these;
 * checks ask for them. Ids are the lower-case, dash-separated names used in the YAML data.
 */
public enum Capability {
    AUTH_PROVIDER, MFA, SSO, PASSWORD_HASHING, PASSWORD_POLICY, SESSION_MANAGEMENT, JWT, RBAC,
    VALIDATION, SANITIZATION, ORM, QUERY_BUILDER, DB_DRIVER, MIGRATIONS, CONNECTION_POOLING,
    ERROR_TRACKING, APM, TRACING, METRICS, STRUCTURED_LOGGING, LOG_SHIPPING,
    RATE_LIMITING, SECURITY_HEADERS, CSRF, CORS, ENCRYPTION, SECRETS_MANAGER,
    FEATURE_FLAGS, CACHE, QUEUE, BACKGROUND_JOBS, SCHEDULER,
    PAYMENTS, EMAIL, SMS, COOKIE_CONSENT, ANALYTICS,
    UNIT_TESTING, E2E_TESTING, LOAD_TESTING, IMAGE_OPTIMIZATION, BUNDLE_ANALYSIS, PERFORMANCE_BUDGET,
    SOURCE_MAP_UPLOAD, HEALTH_CHECK, API_DOCS, FILE_UPLOAD, SEARCH, WEBSOCKET, COMPRESSION,
    UPTIME_MONITORING, ALERTING, HEALTH_DATA, LLM, SECRET_SCANNING, SAST, DEPENDENCY_SCANNING;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Capability> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
