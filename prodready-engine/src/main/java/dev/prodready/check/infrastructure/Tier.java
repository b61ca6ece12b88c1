package dev.prodready.check.infrastructure;

/** Which side of the production line an environment name falls on. */
public enum Tier {
    PRODUCTION, NON_PRODUCTION
}
