package dev.prodready.check.security;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the security area, one per catalogue item, in catalogue order. */
public final class SecurityChecks {

    public static final List<Check> ALL = List.of();

    private SecurityChecks() {
    }
}
