package dev.prodready.collect.pattern;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One named line pattern from the pattern data: which files it applies to (globs), the literal keywords
 * that gate it (a file is searched only when one occurs, ignoring case), the regex run per line, and the
 * examples that prove it. {@code source} is the resource it came from, for messages.
 */
public record ContentPattern(String id, List<String> files, List<String> keywords, Pattern regex,
                             List<String> matchExamples, List<String> noMatchExamples, String source) {

    public ContentPattern {
        files = List.copyOf(files);
        keywords = List.copyOf(keywords);
        matchExamples = List.copyOf(matchExamples);
        noMatchExamples = List.copyOf(noMatchExamples);
    }

    /** Whether one line passes the keyword gate and the regex: what the collector decides for that line. */
    public boolean matchesLine(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean gate = keywords.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
        return gate && regex.matcher(line).find();
    }
}
