package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;

import java.util.Set;

import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_ACCESS_CHANGE;
import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_AUDIT_TRAIL;
import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_AUTH_EVENT_HOOK;
import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_AUTH_FAILURE;

/**
 * logging.security-events: authentication failures and access changes both leave a record. Hosted
 * identity providers record sign-in failures themselves; access changes inside the app are the app's job.
 */
public final class SecurityEventLoggingCheck implements Check {

    /** Package-name fragments of hosted identity services that keep their own sign-in logs. */
    private static final Set<String> HOSTED_AUTH = Set.of("supabase", "clerk", "auth0", "firebase", "cognito",
            "amplify", "stytch", "workos", "kinde", "descope", "okta");

    @Override
    public String itemId() {
        return "logging.security-events";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues authFailures = Clues.matches(facts, "failed authentication logged", LOGGING_AUTH_FAILURE,
                LOGGING_AUTH_EVENT_HOOK).outsideTests();
        Clues accessChanges = Clues.matches(facts, "access change recorded", LOGGING_ACCESS_CHANGE, LOGGING_AUDIT_TRAIL)
                .outsideTests();
        Clues hostedAuth = Clues.capabilities(facts, Capability.AUTH_PROVIDER)
                .where(e -> HOSTED_AUTH.stream().anyMatch(e.note().split(" ")[0]::contains));
        Clues signIns = authFailures.found() ? authFailures : hostedAuth;
        if (signIns.found() && accessChanges.found()) {
            return signIns.and(accessChanges).pass("failed sign-ins and access changes are recorded");
        }
        if (accessChanges.found()) {
            return accessChanges.partial("access changes are recorded, but no logging of failed sign-ins was found");
        }
        if (authFailures.found()) {
            return authFailures.partial("failed sign-ins are logged, but no record of role or permission changes was"
                    + " found");
        }
        if (hostedAuth.found()) {
            return hostedAuth.partial("the hosted identity provider records sign-in failures, but the app itself"
                    + " records no access changes or denials");
        }
        return Clues.absent(facts, "no log statement or audit record for failed sign-ins or access changes was found"
                + " (text search; a logger with unusual names can be missed)", "security event logging");
    }
}
