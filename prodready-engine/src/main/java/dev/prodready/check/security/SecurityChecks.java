package dev.prodready.check.security;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the security area, one per catalogue item, in catalogue order. */
public final class SecurityChecks {

    public static final List<Check> ALL = List.of(
            new AuthProviderCheck(),
            new MfaCheck(),
            new SessionManagementCheck(),
            new PasswordPolicyCheck(),
            new AccountRecoveryCheck(),
            new SsoCheck(),
            new RbacCheck(),
            new RouteGuardsCheck(),
            new LeastPrivilegeCheck(),
            new AdminProtectedCheck(),
            new ApiAuthenticationCheck(),
            new RlsEnabledCheck(),
            new RlsPoliciesCheck(),
            new FirebaseRulesCheck(),
            new EncryptionAtRestCheck(),
            new EncryptionInTransitCheck(),
            new NoKeysInCodeCheck(),
            new NoEnvFilesCommittedCheck(),
            new NoSecretsInClientEnvCheck(),
            new ServiceRoleNotInClientCheck(),
            new PiiProtectedCheck(),
            new DataClassificationCheck(),
            new HistoryCleanCheck(),
            new InputValidationCheck(),
            new ParameterizedQueriesCheck(),
            new XssPreventionCheck(),
            new CsrfProtectionCheck(),
            new RateLimitingCheck(),
            new CorsRestrictedCheck(),
            new SecurityHeadersCheck(),
            new NoDebugInProductionCheck(),
            new DependencyScanningCheck(),
            new SecretScanningInCiCheck(),
            new SastInCiCheck(),
            new SecurityReviewCheck());

    private SecurityChecks() {
    }
}
