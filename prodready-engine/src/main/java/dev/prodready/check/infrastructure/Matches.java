package dev.prodready.check.infrastructure;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access to content-pattern matches and the values inside them. A match's text may be its whole line or
 * just the matched part, so values are re-found with a regex that lies inside the pattern's own match.
 */
public final class Matches {

    private Matches() {
    }

    public static List<ContentMatch> of(Facts facts, String patternId) {
        return facts.contentMatches(List.of(patternId));
    }

    public static List<ContentMatch> of(Facts facts, Collection<String> patternIds) {
        return facts.contentMatches(Set.copyOf(patternIds));
    }

    /** Group {@code group} of the first find of {@code regex} in the match's text. */
    public static Optional<String> group(ContentMatch match, Pattern regex, int group) {
        Matcher m = regex.matcher(match.text());
        if (m.find() && m.group(group) != null) {
            return Optional.of(m.group(group));
        }
        return Optional.empty();
    }

    public static Optional<Integer> integer(ContentMatch match, Pattern regex, int group) {
        return group(match, regex, group).flatMap(Matches::parseInt);
    }

    public static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The fact's location with our own note (never the matched text, which may hold a secret). */
    public static Evidence cite(Fact fact, String note) {
        return fact.evidence().withNote(note);
    }

    public static <T extends Fact> List<Evidence> cite(List<T> facts, int limit, Function<T, String> note) {
        return facts.stream().limit(limit).map(f -> cite(f, note.apply(f))).toList();
    }
}
