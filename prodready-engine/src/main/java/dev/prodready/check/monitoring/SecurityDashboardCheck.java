package dev.prodready.check.monitoring;

import dev.prodready.check.AttestationCheck;

/** dashboards.security: only a person can point at it. */
public final class SecurityDashboardCheck extends AttestationCheck {

    public SecurityDashboardCheck() {
        super("dashboards.security");
    }
}
