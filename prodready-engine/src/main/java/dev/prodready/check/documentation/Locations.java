package dev.prodready.check.documentation;

import dev.prodready.fact.Evidence;

import java.util.List;

/** The short "path:line, path:line" list used in outcome messages. */
final class Locations {

    private Locations() {
    }

    static String of(List<Evidence> evidence) {
        return String.join(", ", evidence.stream().map(Evidence::location).distinct().limit(3).toList());
    }
}
