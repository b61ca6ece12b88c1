package dev.prodready.catalogue;

import java.util.Locale;

/** How much harm the gap can do; also the weight of an item in the score. */
public enum Severity {
    CRITICAL(4), HIGH(3), MEDIUM(2), LOW(1), INFO(0);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
