package dev.prodready.fact;

import java.util.Optional;

/**
 * A security-relevant response header of the deployed landing page, or its absence ({@code value} empty).
 * {@code name} is lower case ("strict-transport-security").
 */
public record LiveHeader(String name, Optional<String> value, String url, Evidence evidence) implements Fact {
    public boolean present() {
        return value.isPresent();
    }
}
