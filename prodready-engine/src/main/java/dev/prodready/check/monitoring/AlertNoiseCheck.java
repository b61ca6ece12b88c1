package dev.prodready.check.monitoring;

import dev.prodready.check.AttestationCheck;

/** alerts.noise: whether alerts are tuned shows in their history, not in the repository. */
public final class AlertNoiseCheck extends AttestationCheck {

    public AlertNoiseCheck() {
        super("alerts.noise");
    }
}
