package dev.prodready.stack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Properties of the application that decide whether an item applies (catalogue field appliesWhen). */
public enum Trait {
    /** Takes payments through a provider (Stripe, Paddle, ...). */
    PAYMENTS,
    /** Handles raw card numbers itself (card fields posted to its own server), so PCI-DSS scope is real. */
    CARD_DATA,
    PII,
    HEALTH_DATA,
    /** Sells to organisations: SSO, SAML, SCIM, teams/orgs, SOC 2 talk. */
    ENTERPRISE,
    EU_USERS,
    CALIFORNIA_USERS,
    /** Exposes an API to others (OpenAPI spec, public REST routes, API keys for customers). */
    PUBLIC_API,
    WEB_FRONTEND,
    SERVER,
    DATABASE,
    CLOUD_IAC,
    BACKGROUND_WORK,
    /**
     * Runs as a service that people or other systems reach over a network (a server, a web front end,
     * serverless functions, or deployment configuration for one). Libraries and command-line tools do not.
     */
    SERVICE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Trait> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
