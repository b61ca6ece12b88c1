package dev.prodready.check.security;

/**
 * Ids of the content patterns in {@code patterns/security.yml} that the security checks read. A test proves that
 * this list and the pattern file name the same ids.
 */
public final class SecurityPatterns {

    public static final String SUPABASE_CONFIG_SECTION = "supabase-config.section";
    public static final String SUPABASE_CONFIG_AUTH_SETTING = "supabase-config.auth-setting";
    public static final String MFA_SUPABASE_FACTOR_CALL = "mfa.supabase-factor-call";
    public static final String MFA_SECOND_FACTOR_CODE = "mfa.second-factor-code";
    public static final String MFA_ASSURANCE_REQUIRED = "mfa.assurance-required";
    public static final String SESSION_COOKIE_FLAG_OFF = "session.cookie-flag-off";
    public static final String SESSION_COOKIE_FLAG_ON = "session.cookie-flag-on";
    public static final String SESSION_LIFETIME_SETTING = "session.lifetime-setting";
    public static final String SESSION_NEXTAUTH_CONFIG = "session.nextauth-config";
    public static final String PASSWORD_MIN_LENGTH = "password.min-length";
    public static final String PASSWORD_DJANGO_VALIDATORS = "password.django-validators";
    public static final String RECOVERY_RESET_FLOW = "recovery.reset-flow";
    public static final String RECOVERY_RESET_ROUTE = "recovery.reset-route";
    public static final String RECOVERY_LOCKOUT = "recovery.lockout";
    public static final String SSO_ENTERPRISE_INTEGRATION = "sso.enterprise-integration";
    public static final String RBAC_ROLE_CHECK_JS = "rbac.role-check-js";
    public static final String RBAC_ROLE_CHECK_PY = "rbac.role-check-py";
    public static final String RBAC_ROLE_CHECK_JAVA = "rbac.role-check-java";
    public static final String RBAC_ROLE_CHECK_SQL = "rbac.role-check-sql";
    public static final String RBAC_ROLE_STORE = "rbac.role-store";
    public static final String RBAC_USER_EDITABLE_ROLE = "rbac.user-editable-role";
    public static final String ADMIN_PAGE_FILE = "admin.page-file";
    public static final String ADMIN_ROUTE_DECLARATION = "admin.route-declaration";
    public static final String ADMIN_MIDDLEWARE_MATCHER = "admin.middleware-matcher";
    public static final String API_ROUTE_HANDLER_JS = "api.route-handler-js";
    public static final String API_ROUTE_HANDLER_PY = "api.route-handler-py";
    public static final String API_ROUTE_HANDLER_JAVA = "api.route-handler-java";
    public static final String AUTHN_SERVER_CHECK = "authn.server-check";
    public static final String AUTHN_WEBHOOK_SIGNATURE = "authn.webhook-signature";
    public static final String AUTHN_MIDDLEWARE_API_MATCHER = "authn.middleware-api-matcher";
    public static final String AUTHN_GLOBAL_API_GUARD = "authn.global-api-guard";
    public static final String AUTHZ_OWNER_SCOPE = "authz.owner-scope";
    public static final String AUTHZ_USER_SCOPED_CLIENT = "authz.user-scoped-client";
    public static final String NEXTJS_USE_CLIENT = "nextjs.use-client";
    public static final String RLS_CREATE_TABLE = "rls.create-table";
    public static final String RLS_ALTER_TABLE_LINE = "rls.alter-table-line";
    public static final String RLS_ENABLE = "rls.enable";
    public static final String RLS_DISABLE = "rls.disable";
    public static final String RLS_DROP_TABLE = "rls.drop-table";
    public static final String RLS_CREATE_POLICY = "rls.create-policy";
    public static final String RLS_POLICY_ATTRIBUTE = "rls.policy-attribute";
    public static final String RLS_ALWAYS_TRUE = "rls.always-true";
    public static final String FIREBASE_RULES_OPEN_ALLOW = "firebase-rules.open-allow";
    public static final String FIREBASE_RULES_TEST_MODE = "firebase-rules.test-mode";
    public static final String FIREBASE_RULES_ANY_SIGNED_IN_WRITE = "firebase-rules.any-signed-in-write";
    public static final String FIREBASE_RULES_OWNER_CHECK = "firebase-rules.owner-check";
    public static final String FIREBASE_RULES_RTDB_OPEN = "firebase-rules.rtdb-open";
    public static final String CRYPTO_STORAGE_ENCRYPTION_OFF = "crypto.storage-encryption-off";
    public static final String CRYPTO_STORAGE_ENCRYPTION_ON = "crypto.storage-encryption-on";
    public static final String CRYPTO_FIELD_ENCRYPTION = "crypto.field-encryption";
    public static final String TRANSPORT_VERIFICATION_OFF = "transport.verification-off";
    public static final String TRANSPORT_WEAK_TLS = "transport.weak-tls";
    public static final String TRANSPORT_HTTPS_ENFORCED = "transport.https-enforced";
    public static final String CLIENT_ENV_SECRET_NAME = "client-env.secret-name";
    public static final String SERVICE_ROLE_REFERENCE = "service-role.reference";
    public static final String VALIDATION_SCHEMA_JS = "validation.schema-js";
    public static final String VALIDATION_SCHEMA_PY = "validation.schema-py";
    public static final String VALIDATION_SCHEMA_JAVA = "validation.schema-java";
    public static final String VALIDATION_REQUEST_INPUT = "validation.request-input";
    public static final String SQLI_INTERPOLATED_CALL_JS = "sqli.interpolated-call-js";
    public static final String SQLI_INTERPOLATED_CALL_PY = "sqli.interpolated-call-py";
    public static final String SQLI_INTERPOLATED_CALL_JAVA = "sqli.interpolated-call-java";
    public static final String SQLI_QUOTED_INTERPOLATION = "sqli.quoted-interpolation";
    public static final String SQLI_UNTAGGED_TEMPLATE = "sqli.untagged-template";
    public static final String SQLI_UNSAFE_RAW_API = "sqli.unsafe-raw-api";
    public static final String SQLI_SUPABASE_FILTER_INTERPOLATED = "sqli.supabase-filter-interpolated";
    public static final String SQLI_NOSQL_WHERE = "sqli.nosql-where";
    public static final String XSS_JS_SINK = "xss.js-sink";
    public static final String XSS_TEMPLATE_SINK = "xss.template-sink";
    public static final String XSS_PYTHON_SINK = "xss.python-sink";
    public static final String XSS_SANITIZER_CALL = "xss.sanitizer-call";
    public static final String CSRF_DISABLED = "csrf.disabled";
    public static final String CSRF_STATELESS = "csrf.stateless";
    public static final String CSRF_PROTECTION = "csrf.protection";
    public static final String CSRF_COOKIE_SESSION = "csrf.cookie-session";
    public static final String RATELIMIT_LIMITER = "ratelimit.limiter";
    public static final String CORS_OPEN_DEFAULT = "cors.open-default";
    public static final String CORS_WILDCARD = "cors.wildcard";
    public static final String CORS_REFLECTED_ORIGIN = "cors.reflected-origin";
    public static final String CORS_ALLOWLIST = "cors.allowlist";
    public static final String HEADERS_CSP = "headers.csp";
    public static final String HEADERS_HSTS = "headers.hsts";
    public static final String HEADERS_FRAMING = "headers.framing";
    public static final String HEADERS_MIDDLEWARE = "headers.middleware";
    public static final String DEBUG_DJANGO_DEBUG_ON = "debug.django-debug-on";
    public static final String DEBUG_FLASK_RUN_DEBUG = "debug.flask-run-debug";
    public static final String DEBUG_DEPLOY_ENV_ON = "debug.deploy-env-on";
    public static final String DEBUG_SPRING_DEBUG_ON = "debug.spring-debug-on";
    public static final String DEBUG_STACK_IN_RESPONSE = "debug.stack-in-response";
    public static final String DEBUG_ENV_DRIVEN = "debug.env-driven";
    public static final String DEPSCAN_CI_STEP = "depscan.ci-step";
    public static final String SECRETSCAN_CI_STEP = "secretscan.ci-step";
    public static final String SECRETSCAN_LOCAL_HOOK = "secretscan.local-hook";
    public static final String SAST_CI_STEP = "sast.ci-step";
    public static final String SAST_CONFIG_FILE = "sast.config-file";
    public static final String IAM_WILDCARD_GRANT = "iam.wildcard-grant";
    public static final String IAM_PRIVILEGED_CONTAINER = "iam.privileged-container";
    public static final String IAM_CI_WRITE_ALL = "iam.ci-write-all";
    public static final String IAM_CI_SCOPED_PERMISSIONS = "iam.ci-scoped-permissions";
    public static final String IAM_CONTAINER_USER = "iam.container-user";

    private SecurityPatterns() {
    }
}
