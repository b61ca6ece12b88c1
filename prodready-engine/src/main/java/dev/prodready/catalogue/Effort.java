package dev.prodready.catalogue;

/** Effort to close the gap, in working hours. */
public record Effort(int min, int max) {
    public Effort {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("effort range must satisfy 0 <= min <= max: " + min + ".." + max);
        }
    }

    public Effort plus(Effort other) {
        return new Effort(min + other.min, max + other.max);
    }

    public static final Effort NONE = new Effort(0, 0);
}
