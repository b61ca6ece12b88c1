package dev.prodready.check.security;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.ScanCoverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading content-pattern facts. An absence of matches means something only when the content-pattern collector
 * reported that it ran ({@link ScanCoverage} of engine {@value #CONTENT_ENGINE}). Evidence built here names what a
 * line shows, never the line itself, since a matched line may hold a secret.
 */
final class Matches {

    static final String CONTENT_ENGINE = "content-patterns";
    /** The collector keeps at most this many matches of one pattern per file. */
    static final int PER_FILE_CAP = 100;
    static final int MAX_EVIDENCE = 5;

    private static final Comparator<ContentMatch> BY_PLACE = Comparator
            .comparing((ContentMatch m) -> m.evidence().path())
            .thenComparingInt(m -> m.evidence().line());

    private Matches() {
    }

    static List<ContentMatch> of(Facts facts, String... patternIds) {
        return of(facts, List.of(patternIds));
    }

    /** Matches of the given patterns in path order, leaving out lines that are comments. */
    static List<ContentMatch> of(Facts facts, Collection<String> patternIds) {
        return facts.contentMatches(Set.copyOf(patternIds)).stream()
                .filter(m -> m.evidence().path() != null && !isComment(path(m), m.text())).sorted(BY_PLACE).toList();
    }

    /** A line that only comments: a commented-out setting or a doc example is not configuration. */
    static boolean isComment(String path, String text) {
        String t = text.strip();
        if (t.startsWith("//") || t.startsWith("/*") || t.startsWith("<!--") || t.startsWith("{#")
                || t.startsWith("<%#") || t.equals("*") || t.startsWith("* ") || t.startsWith("*/")) {
            return true;
        }
        if (t.startsWith("#")) {
            return !t.startsWith("#{"); // Ruby/CoffeeScript interpolation at line start is code
        }
        return t.startsWith("--") && path.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    static Optional<ScanCoverage> coverage(Facts facts) {
        return coverage(facts, CONTENT_ENGINE, "tree");
    }

    static Optional<ScanCoverage> coverage(Facts facts, String engine, String scope) {
        return facts.first(ScanCoverage.class, c -> engine.equals(c.engine()) && scope.equals(c.scope()));
    }

    /** "Looked everywhere, found none": the scanned root with how much was read. */
    static List<Evidence> searched(ScanCoverage coverage, String lookedFor) {
        return List.of(coverage.evidence().withNote(coverage.units() + " " + coverage.unitName()
                + " searched; none shows " + lookedFor));
    }

    static Evidence cite(ContentMatch match, String note) {
        return match.evidence().withNote(note);
    }

    static List<Evidence> cite(Collection<ContentMatch> matches, String note) {
        return matches.stream().limit(MAX_EVIDENCE).map(m -> cite(m, note)).toList();
    }

    static String path(ContentMatch match) {
        return match.evidence().path();
    }

    static int line(ContentMatch match) {
        return match.evidence().line();
    }

    static Set<String> paths(Collection<ContentMatch> matches) {
        return matches.stream().map(Matches::path).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Map<String, List<ContentMatch>> byPath(Collection<ContentMatch> matches) {
        Map<String, List<ContentMatch>> grouped = new LinkedHashMap<>();
        matches.stream().sorted(BY_PLACE).forEach(m -> grouped.computeIfAbsent(path(m), k -> new ArrayList<>()).add(m));
        return grouped;
    }

    /** The last anchor in the same file at or above {@code match}'s line. */
    static Optional<ContentMatch> nearestAbove(Collection<ContentMatch> anchors, ContentMatch match) {
        return anchors.stream()
                .filter(a -> path(a).equals(path(match)) && line(a) <= line(match))
                .max(Comparator.comparingInt(Matches::line));
    }

    /** Whether the collector may have dropped matches of this pattern in some file (it keeps the first 100). */
    static boolean truncated(Collection<ContentMatch> matchesOfOnePattern) {
        return byPath(matchesOfOnePattern).values().stream().anyMatch(l -> l.size() >= PER_FILE_CAP);
    }

    /** Short list of locations for a message: "a.ts:3, b.ts:9 and 4 more". */
    static String where(Collection<Evidence> evidence) {
        List<String> locations = evidence.stream().map(Evidence::location).distinct().toList();
        String head = String.join(", ", locations.subList(0, Math.min(3, locations.size())));
        return locations.size() > 3 ? head + " and " + (locations.size() - 3) + " more" : head;
    }

    /** Short list of the matches' locations for a message. */
    static String at(Collection<ContentMatch> matches) {
        return where(matches.stream().map(ContentMatch::evidence).toList());
    }

    /** Matches outside test code. */
    static List<ContentMatch> notInTests(Collection<ContentMatch> matches) {
        return matches.stream().filter(m -> !CodePaths.isTest(path(m))).toList();
    }

    /** Short list of file paths for a message. */
    static String files(Collection<String> paths) {
        List<String> list = List.copyOf(new LinkedHashSet<>(paths));
        String head = String.join(", ", list.subList(0, Math.min(3, list.size())));
        return list.size() > 3 ? head + " and " + (list.size() - 3) + " more" : head;
    }

    static List<Evidence> first(Collection<Evidence> evidence, int max) {
        return evidence.stream().limit(max).toList();
    }

    static List<Evidence> concat(List<Evidence> a, List<Evidence> b, int max) {
        List<Evidence> all = new ArrayList<>(a);
        all.addAll(b);
        return all.stream().limit(max).toList();
    }
}
