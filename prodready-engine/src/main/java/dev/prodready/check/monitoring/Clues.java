package dev.prodready.check.monitoring;

import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Located evidence of one meaning, gathered from several kinds of fact (package capabilities, file signals,
 * content-pattern matches, documents), so that a check can combine them and cite them in one step.
 * Each piece of evidence carries a note saying what it shows; one location is kept once.
 */
public record Clues(List<Evidence> evidence) {

    /** How many pieces of evidence an outcome cites; the message says how many there were in all. */
    public static final int SHOWN = 5;

    private static final Pattern TEST_PATH = Pattern.compile(
            "(^|/)(test|tests|__tests__|__mocks__|spec|specs|e2e|cypress|fixtures|testdata)/"
                    + "|(^|/)test_[^/]*$|[._-](test|spec|tests)\\.[a-z0-9]+$|_test\\.go$"
                    + "|(^|/)(playwright|vitest|jest|cypress)\\.config\\.[a-z]+$");

    public Clues {
        Map<String, Evidence> byLocation = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byLocation.putIfAbsent(e.location(), e);
        }
        evidence = List.copyOf(byLocation.values());
    }

    public static Clues none() {
        return new Clues(List.of());
    }

    /** Packages giving any of {@code wanted}, noted "package gives capability". */
    public static Clues capabilities(Facts facts, Capability... wanted) {
        Set<Capability> set = Set.of(wanted);
        return new Clues(facts.all(CapabilityFact.class, f -> set.contains(f.capability())).stream()
                .map(f -> f.evidence().withNote(f.source() + " gives " + f.capability().id()))
                .toList());
    }

    /** Files signalling any of {@code kinds}, noted with the kind and what matched. */
    public static Clues signals(Facts facts, SignalKind... kinds) {
        Set<SignalKind> set = Set.of(kinds);
        return new Clues(facts.all(FileSignal.class, s -> set.contains(s.kind())).stream()
                .map(s -> s.evidence().withNote(s.kind().id() + (s.detail().isBlank() ? "" : ": " + s.detail())))
                .toList());
    }

    /** Document sections covering any of {@code kinds}. */
    public static Clues documents(Facts facts, DocKind... kinds) {
        Set<DocKind> set = Set.of(kinds);
        return new Clues(facts.all(DocumentSignal.class, s -> set.contains(s.kind())).stream()
                .map(s -> s.evidence().withNote("covers " + s.kind().id() + (s.value().isBlank() ? "" : ": " + s.value())))
                .toList());
    }

    /**
     * Lines matching any of the content patterns {@code patternIds}, noted with {@code shows} (what the line
     * shows, in words). The matched text is never copied into the note: it may hold a secret.
     */
    public static Clues matches(Facts facts, String shows, String... patternIds) {
        return new Clues(facts.contentMatches(Set.of(patternIds)).stream()
                .map(m -> m.evidence().withNote(shows))
                .toList());
    }

    public Clues and(Clues other) {
        return new Clues(Stream.concat(evidence.stream(), other.evidence.stream()).toList());
    }

    public Clues where(Predicate<Evidence> keep) {
        return new Clues(evidence.stream().filter(keep).toList());
    }

    /** Only evidence in the given files, or under the given folders. */
    public Clues inFiles(Collection<String> paths) {
        Set<String> set = Set.copyOf(paths);
        return where(e -> e.path() != null
                && (set.contains(e.path()) || set.stream().anyMatch(p -> e.path().startsWith(p + "/"))));
    }

    /** Only evidence outside tests, fixtures and test-runner configuration. */
    public Clues outsideTests() {
        return where(e -> e.path() == null || !isTestPath(e.path()));
    }

    public boolean isEmpty() {
        return evidence.isEmpty();
    }

    public boolean found() {
        return !evidence.isEmpty();
    }

    public int count() {
        return evidence.size();
    }

    public Set<String> paths() {
        return evidence.stream().map(Evidence::path).filter(p -> p != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The evidence an outcome cites. */
    public List<Evidence> shown() {
        return evidence.stream().limit(SHOWN).toList();
    }

    /** "a.ts:3, b.tf:9 and 4 more": the places, short, for messages. */
    public String where() {
        String first = evidence.stream().limit(3).map(Evidence::location).collect(Collectors.joining(", "));
        return evidence.size() > 3 ? first + " and " + (evidence.size() - 3) + " more" : first;
    }

    public Outcome pass(String message) {
        return Outcome.pass(message + " (" + where() + ")", shown());
    }

    public Outcome partial(String message) {
        return Outcome.partial(message + " (" + where() + ")", shown());
    }

    public Outcome fail(String message) {
        return Outcome.fail(message + " (" + where() + ")", shown());
    }

    /** Unknown, but citing what was seen, so the person attesting knows where to look. */
    public Outcome unknown(String message) {
        return isEmpty() ? Outcome.unknown(message) : Outcome.unknown(message + " (" + where() + ")", shown());
    }

    /**
     * Nothing found. A fail citing what was searched when manifests were read, so there is an application whose
     * packages and code were looked at; unknown when no manifest was found at all.
     */
    public static Outcome absent(Facts facts, String message, String lookedFor) {
        if (!manifestsRead(facts)) {
            return Outcome.unknown(message + "; no dependency manifest was found, so the packages in use are unknown");
        }
        return Outcome.fail(message, searched(facts, lookedFor));
    }

    /** Evidence for an absence: the manifests read and the repository as a whole. */
    public static List<Evidence> searched(Facts facts, String lookedFor) {
        List<Evidence> searched = new ArrayList<>(Searched.manifests(facts, lookedFor));
        searched.addAll(Searched.repository(lookedFor));
        return searched;
    }

    /** Whether any dependency manifest was read, i.e. there is an application whose packages are known. */
    public static boolean manifestsRead(Facts facts) {
        return !facts.all(ManifestFact.class).isEmpty();
    }

    public static boolean isTestPath(String path) {
        return TEST_PATH.matcher(path.toLowerCase(Locale.ROOT)).find();
    }
}
