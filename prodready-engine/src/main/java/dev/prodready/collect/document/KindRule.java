package dev.prodready.collect.document;

import dev.prodready.collect.text.RegexGate;
import dev.prodready.fact.DocKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one DocKind is recognised (semantics in the header of {@code documents/kinds.yml}).
 *
 * @param concepts        each concept is a list of synonym stems
 * @param minConcepts     content route threshold; 0 disables the content route
 * @param requireConcepts concepts a heading-route section must also hold
 * @param lines           optional line regex for the content route, with {@code minLines}
 * @param value           optional figure extraction
 */
record KindRule(DocKind kind, List<Pattern> headings, List<Pattern> notHeadings, List<Pattern> files,
                List<List<String>> concepts, int minConcepts, int requireConcepts, int minWords,
                Optional<Pattern> lines, int minLines, Optional<ValueRule> value) {

    KindRule {
        headings = List.copyOf(headings);
        notHeadings = List.copyOf(notHeadings);
        files = List.copyOf(files);
        concepts = concepts.stream().map(List::copyOf).toList();
    }

    enum ValueType { DURATION, DATE, LEVELS, DIAGRAM, PERCENT }

    /** A figure to extract; anchors are line regexes that introduce it (may be empty). */
    record ValueRule(ValueType type, List<Pattern> anchors) {
        ValueRule {
            anchors = List.copyOf(anchors);
        }
    }

    /** Headings longer than this are not headings in any useful sense (a pasted paragraph). */
    static final int MAX_HEADING = 300;

    boolean headingMatches(String heading) {
        return headingMatches(heading, heading.toLowerCase(Locale.ROOT));
    }

    /** @param lower {@code heading} in lower case (a document makes it once for all kinds) */
    boolean headingMatches(String heading, String lower) {
        if (heading.length() > MAX_HEADING) {
            return false;
        }
        return anyFinds(headings, heading, lower) && !anyFinds(notHeadings, heading, lower);
    }

    boolean fileMatches(String path) {
        return fileMatches(path, path.toLowerCase(Locale.ROOT));
    }

    boolean fileMatches(String path, String lower) {
        return anyFinds(files, path, lower);
    }

    private static boolean anyFinds(List<Pattern> patterns, String text, String lower) {
        for (int i = 0; i < patterns.size(); i++) {
            if (RegexGate.find(patterns.get(i), text, lower)) {
                return true;
            }
        }
        return false;
    }

    /** Value kinds with anchors, levels or diagrams find their own evidence instead of the three routes. */
    boolean valueDriven() {
        return value.isPresent() && (value.get().type() == ValueType.LEVELS || value.get().type() == ValueType.DIAGRAM
                || (value.get().type() == ValueType.DURATION && !value.get().anchors().isEmpty()));
    }
}
