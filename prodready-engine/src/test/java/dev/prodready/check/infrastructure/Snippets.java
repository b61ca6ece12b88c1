package dev.prodready.check.infrastructure;

import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Turns an inline file into the ContentMatch facts the content-pattern collector would produce from this
 * area's pattern files: one per matching line, evidence at path:line. The text is the whole line (LINE) or
 * only the matched part (MATCH), so checks can be tested against both readings of the collector's contract.
 */
public final class Snippets {

    public enum Text { LINE, MATCH }

    private static final List<PatternFile.Entry> PATTERNS = PatternFile.allOwnPatterns();

    private Snippets() {
    }

    public static List<ContentMatch> file(String path, String content) {
        return file(path, content, Text.LINE);
    }

    public static List<ContentMatch> file(String path, String content, Text text) {
        List<ContentMatch> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (PatternFile.Entry p : PATTERNS) {
            if (!p.appliesTo(path, content)) {
                continue;
            }
            for (int i = 0; i < lines.length; i++) {
                Matcher m = p.compiled().matcher(lines[i]);
                if (m.find()) {
                    String t = text == Text.LINE ? lines[i].strip() : m.group();
                    out.add(new ContentMatch(p.id(), t, Evidence.at(path, i + 1, p.id())));
                }
            }
        }
        return out;
    }
}
