package dev.prodready.check;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.ScanCoverage;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the content-pattern facts. An absence of matches means something only when the content-pattern
 * collector reported that it ran ({@link ScanCoverage} with engine {@value #ENGINE}).
 */
public final class ContentScan {

    /** Engine id the content-pattern collector uses for its ScanCoverage fact. */
    public static final String ENGINE = "content-patterns";

    private ContentScan() {
    }

    public static List<ContentMatch> matches(Facts facts, String... patternIds) {
        return facts.contentMatches(Set.of(patternIds));
    }

    public static Optional<ScanCoverage> coverage(Facts facts) {
        return facts.first(ScanCoverage.class, c -> ENGINE.equals(c.engine()));
    }

    /** Evidence for "looked everywhere, found none": the scanned root with how much was read. */
    public static List<Evidence> searched(ScanCoverage coverage, String lookedFor) {
        return List.of(coverage.evidence().withNote(coverage.units() + " " + coverage.unitName()
                + " scanned; none shows " + lookedFor));
    }

    /** The match's evidence with a note that names the pattern, never the matched text (it may be sensitive). */
    public static Evidence cite(ContentMatch match, String what) {
        return match.evidence().withNote(what);
    }
}
