package dev.prodready.collect.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document split into lines and sections. Line indexes are 0-based here; evidence lines are 1-based.
 * Section 0 is the preamble (text before the first heading, level 0, no heading line).
 */
final class ParsedDocument {

    /** A heading and the lines it governs. */
    record Section(int index, int level, String heading, int headingLine, int bodyStart, int bodyEnd, int subtreeEnd,
                   int parent) {
        /** 1-based line of the heading, or 0 for the preamble. */
        int evidenceLine() {
            return headingLine < 0 ? 0 : headingLine + 1;
        }
    }

    /** A fenced or delimited code block: the lines strictly between its fences, and its info string. */
    record Fence(int openLine, int firstLine, int endLine, String info) {
    }

    /** Lines longer than this are prose for counting but are never searched with a regex (generated text). */
    static final int MAX_LINE = 5_000;

    final String path;
    final List<String> lines;
    final boolean[] code;
    final boolean[] heading;
    /** Lines that count for nothing: front matter, fences, underlines, placeholders, generator boilerplate. */
    final boolean[] ignored;
    final List<Section> sections = new ArrayList<>();
    final List<Fence> fences = new ArrayList<>();
    final int[] sectionOf;
    String title = "";
    int titleLine = -1;
    /** The path the kinds' file rules see: for an app page, its route as a document ("app/privacy/page.tsx" -> "app/privacy.md"). */
    String routePath;
    /** 0-based line of the first placeholder ("Coming soon", "TODO", lorem ipsum), or -1. */
    int firstPlaceholder = -1;

    ParsedDocument(String path, List<String> lines) {
        this.path = path;
        this.routePath = path;
        this.lines = lines;
        this.code = new boolean[lines.size()];
        this.heading = new boolean[lines.size()];
        this.ignored = new boolean[lines.size()];
        this.sectionOf = new int[lines.size()];
    }

    /** Lower-case forms the kinds' rules compare against, made once per document instead of once per kind. */
    private String[] lowerHeadings;
    private String lowerPathOf;
    private String lowerPath;

    String lowerHeading(Section section) {
        if (lowerHeadings == null || lowerHeadings.length != sections.size()) {
            lowerHeadings = new String[sections.size()];
        }
        String lower = lowerHeadings[section.index()];
        if (lower == null) {
            lower = section.heading().toLowerCase(Locale.ROOT);
            lowerHeadings[section.index()] = lower;
        }
        return lower;
    }

    /** {@code path} (or {@code routePath}) in lower case, remembered for the last one asked. */
    String lower(String somePath) {
        if (!somePath.equals(lowerPathOf)) {
            lowerPath = somePath.toLowerCase(Locale.ROOT);
            lowerPathOf = somePath;
        }
        return lowerPath;
    }

    List<String> headings() {
        return sections.stream().filter(s -> s.level() > 0).map(Section::heading).toList();
    }

    /** The sections from {@code section} up to the top, innermost first, excluding the preamble. */
    List<Section> ancestry(int section) {
        List<Section> result = new ArrayList<>();
        int s = section;
        while (s > 0) {
            result.add(sections.get(s));
            s = sections.get(s).parent();
        }
        return result;
    }

    /** The section (innermost) that a line belongs to. */
    Section sectionAt(int line) {
        return sections.get(sectionOf[line]);
    }

    /** Whether a line is short enough for the regexes of the classifier. */
    boolean searchable(int line) {
        return lines.get(line).length() <= MAX_LINE;
    }

    /** Whether a line carries content: not a heading, not ignored. */
    boolean content(int line) {
        return !heading[line] && !ignored[line];
    }

    /** Substance of lines [from, to): prose words plus two per non-blank code line. */
    int substance(int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            if (!content(i)) {
                continue;
            }
            String line = lines.get(i);
            if (code[i]) {
                total += line.isBlank() ? 0 : 2;
            } else {
                total += wordsOnLine(i);
            }
        }
        return total;
    }

    /** Per line, its word count once counted (-1 before): every kind asks about the same sections again. */
    private int[] lineWords;

    private int wordsOnLine(int i) {
        if (lineWords == null) {
            lineWords = new int[lines.size()];
            java.util.Arrays.fill(lineWords, -1);
        }
        if (lineWords[i] < 0) {
            lineWords[i] = words(lines.get(i));
        }
        return lineWords[i];
    }

    /** Tokens holding at least one letter or digit. */
    static int words(String line) {
        int count = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inToken && tokenHasWordChar) {
                    count++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                if (Character.isLetterOrDigit(c)) {
                    tokenHasWordChar = true;
                }
            }
        }
        if (inToken && tokenHasWordChar) {
            count++;
        }
        return count;
    }

    /** Prose words, headings included; 0 for a skeleton whose headings hold nothing but placeholders. */
    int words() {
        if (substance(0, lines.size()) == 0) {
            return 0;
        }
        int total = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!code[i] && !ignored[i]) {
                total += words(lines.get(i));
            }
        }
        return total;
    }
}
