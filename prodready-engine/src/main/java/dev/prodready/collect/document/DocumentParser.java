package dev.prodready.collect.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Markdown, reStructuredText, AsciiDoc and plain-text documents into headings, sections and code
 * blocks. Tolerant by design: anything it does not recognise is prose.
 */
final class DocumentParser {

    enum Format { MARKDOWN, RST, ASCIIDOC, TEXT }

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*))?$");
    private static final Pattern SETEXT_1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
    private static final Pattern SETEXT_2 = Pattern.compile("^ {0,3}-{2,}[ \\t]*$");
    private static final Pattern HTML_HEADING = Pattern.compile("^\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1>\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*([^`\\s]*)");
    private static final Pattern LIST_OR_TABLE = Pattern.compile("^\\s*([-*+>|]|\\d+[.)])(\\s|$)|\\|");
    private static final Pattern ADOC_HEADING = Pattern.compile("^(={1,6})[ \\t]+(\\S.*)$");
    private static final Pattern RST_ADORNMENT = Pattern.compile("^([=\\-~^\"'`*+#:._])\\1{2,}[ \\t]*$");
    private static final Pattern TXT_CAPS = Pattern.compile("^[A-Z0-9][A-Z0-9 &/,'()\\-]{2,60}$");
    private static final Pattern FRONT_TITLE = Pattern.compile("^title:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\[]{0,300})\\]\\([^)]{0,1000}\\)");
    private static final Pattern NUMBERING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[ivxIVX]+\\.|[A-Za-z][.)])\\s+");

    private static final Pattern MDX_STATEMENT = Pattern.compile("^(import|export)\\s");

    private DocumentParser() {
    }

    static Format formatOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rst")) {
            return Format.RST;
        }
        if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc")) {
            return Format.ASCIIDOC;
        }
        if (lower.endsWith(".txt")) {
            return Format.TEXT;
        }
        return Format.MARKDOWN;
    }

    static ParsedDocument parse(String path, String text) {
        List<String> lines = text.lines().toList();
        ParsedDocument doc = new ParsedDocument(path, lines);
        Format format = formatOf(path);
        List<int[]> headings = new ArrayList<>(); // {line, level}
        List<String> headingTexts = new ArrayList<>();
        int start = frontMatter(doc);
        if (path.toLowerCase(Locale.ROOT).endsWith(".mdx")) {
            mdxStatements(doc, start);
        }
        switch (format) {
            case RST -> rst(doc, start, headings, headingTexts);
            case ASCIIDOC -> asciidoc(doc, start, headings, headingTexts);
            default -> markdown(doc, start, format == Format.TEXT, headings, headingTexts);
        }
        buildSections(doc, headings, headingTexts);
        if (doc.title.isEmpty()) {
            chooseTitle(doc);
        }
        return doc;
    }

    /** YAML front matter at the very top: ignored, its title kept. Returns the first line after it. */
    private static int frontMatter(ParsedDocument doc) {
        if (doc.lines.isEmpty() || !doc.lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < Math.min(doc.lines.size(), 200); i++) {
            String line = doc.lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                for (int j = 0; j <= i; j++) {
                    doc.ignored[j] = true;
                    Matcher m = FRONT_TITLE.matcher(doc.lines.get(j).strip());
                    if (j > 0 && j < i && m.matches() && doc.title.isEmpty()) {
                        doc.title = m.group(1).strip();
                        doc.titleLine = j;
                    }
                }
                return i + 1;
            }
        }
        return 0;
    }

    /** MDX import and export statements are code, not prose, and may run over several lines. */
    private static void mdxStatements(ParsedDocument doc, int start) {
        int depth = 0;
        boolean inStatement = false;
        for (int i = start; i < doc.lines.size(); i++) {
            String line = doc.lines.get(i);
            if (!inStatement && !MDX_STATEMENT.matcher(line).find()) {
                continue;
            }
            doc.ignored[i] = true;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                depth += ch == '{' || ch == '(' || ch == '[' ? 1 : ch == '}' || ch == ')' || ch == ']' ? -1 : 0;
            }
            inStatement = depth > 0;
            if (!inStatement) {
                depth = 0;
            }
        }
    }

    private static void markdown(ParsedDocument doc, int start, boolean plainText, List<int[]> headings,
                                 List<String> texts) {
        List<String> lines = doc.lines;
        int fenceOpen = -1;
        char fenceChar = 0;
        int fenceLength = 0;
        String fenceInfo = "";
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fenceOpen >= 0) {
                String s = line.strip();
                if (closesFence(s, fenceChar, fenceLength)) {
                    doc.fences.add(new ParsedDocument.Fence(fenceOpen, fenceOpen + 1, i, fenceInfo));
                    doc.ignored[i] = true;
                    fenceOpen = -1;
                } else {
                    doc.code[i] = true;
                }
                continue;
            }
            if (line.length() > ParsedDocument.MAX_LINE) {
                continue;
            }
            Matcher fence = FENCE_OPEN.matcher(line);
            if (fence.find()) {
                fenceOpen = i;
                fenceChar = fence.group(1).charAt(0);
                fenceLength = fence.group(1).length();
                fenceInfo = fence.group(2).toLowerCase(Locale.ROOT);
                doc.ignored[i] = true;
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches() && atx.group(2) != null && !atx.group(2).isBlank()) {
                String textPart = stripClosingHashes(atx.group(2).strip());
                addHeading(doc, headings, texts, i, atx.group(1).length(), textPart);
                continue;
            }
            Matcher html = HTML_HEADING.matcher(line);
            if (line.length() <= 1_000 && html.matches()) {
                addHeading(doc, headings, texts, i, Integer.parseInt(html.group(1)), TAG.matcher(html.group(2)).replaceAll(""));
                continue;
            }
            if (i + 1 < lines.size() && !line.isBlank() && !doc.heading[i] && !LIST_OR_TABLE.matcher(line).find()
                    && (i == start || lines.get(i - 1).isBlank())) {
                String next = lines.get(i + 1);
                int level = SETEXT_1.matcher(next).matches() ? 1 : SETEXT_2.matcher(next).matches() ? 2 : 0;
                if (level > 0) {
                    addHeading(doc, headings, texts, i, level, line.strip());
                    doc.ignored[i + 1] = true;
                    i++;
                    continue;
                }
            }
            // In plain text a short ALL-CAPS line standing alone between blank lines reads as a heading.
            if (plainText && TXT_CAPS.matcher(line.strip()).matches() && line.strip().chars().filter(Character::isLetter).count() >= 4
                    && (i == start || lines.get(i - 1).isBlank()) && ParsedDocument.words(line) <= 8
                    && (i + 1 >= lines.size() || lines.get(i + 1).isBlank())) {
                addHeading(doc, headings, texts, i, 2, line.strip());
            }
        }
        if (fenceOpen >= 0) {
            // An unclosed fence runs to the end, as renderers show it.
            doc.fences.add(new ParsedDocument.Fence(fenceOpen, fenceOpen + 1, lines.size(), fenceInfo));
        }
    }

    /** "Deploy ##" -> "Deploy": the optional closing sequence of an ATX heading. */
    private static String stripClosingHashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end == text.length() || (end > 0 && text.charAt(end - 1) != ' ' && text.charAt(end - 1) != '\t')) {
            return text;
        }
        return text.substring(0, end).strip();
    }

    private static boolean closesFence(String stripped, char fenceChar, int fenceLength) {
        if (stripped.length() < fenceLength) {
            return false;
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) != fenceChar) {
                return false;
            }
        }
        return true;
    }

    private static void rst(ParsedDocument doc, int start, List<int[]> headings, List<String> texts) {
        List<String> lines = doc.lines;
        List<String> styles = new ArrayList<>();
        boolean literal = false;
        int literalOpen = -1;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (literal) {
                if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                    doc.code[i] = !line.isBlank();
                    continue;
                }
                doc.fences.add(new ParsedDocument.Fence(literalOpen, literalOpen + 1, i, ""));
                literal = false;
            }
            if (line.length() > ParsedDocument.MAX_LINE) {
                continue;
            }
            if (line.stripTrailing().endsWith("::")) {
                literal = true;
                literalOpen = i;
                continue;
            }
            if (i + 1 < lines.size() && !line.isBlank() && !Character.isWhitespace(line.charAt(0))
                    && !RST_ADORNMENT.matcher(line).matches()) {
                Matcher under = RST_ADORNMENT.matcher(lines.get(i + 1));
                if (under.matches() && lines.get(i + 1).strip().length() >= line.strip().length()) {
                    boolean over = i > 0 && RST_ADORNMENT.matcher(lines.get(i - 1)).matches()
                            && lines.get(i - 1).strip().charAt(0) == under.group(1).charAt(0);
                    String style = under.group(1) + (over ? "o" : "");
                    if (!styles.contains(style)) {
                        styles.add(style);
                    }
                    addHeading(doc, headings, texts, i, Math.min(6, styles.indexOf(style) + 1), line.strip());
                    doc.ignored[i + 1] = true;
                    if (over) {
                        doc.ignored[i - 1] = true;
                    }
                    i++;
                }
            }
        }
        if (literal) {
            doc.fences.add(new ParsedDocument.Fence(literalOpen, literalOpen + 1, lines.size(), ""));
        }
    }

    private static void asciidoc(ParsedDocument doc, int start, List<int[]> headings, List<String> texts) {
        List<String> lines = doc.lines;
        String delimiter = null;
        int open = -1;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            if (delimiter != null) {
                if (s.equals(delimiter)) {
                    doc.fences.add(new ParsedDocument.Fence(open, open + 1, i, ""));
                    doc.ignored[i] = true;
                    delimiter = null;
                } else {
                    doc.code[i] = true;
                }
                continue;
            }
            if (s.equals("----") || s.equals("....") || s.startsWith("```")) {
                delimiter = s.startsWith("```") ? "```" : s;
                open = i;
                doc.ignored[i] = true;
                continue;
            }
            if (line.length() > ParsedDocument.MAX_LINE) {
                continue;
            }
            Matcher m = ADOC_HEADING.matcher(line);
            if (m.matches()) {
                addHeading(doc, headings, texts, i, m.group(1).length(), m.group(2).strip());
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches() && atx.group(2) != null && !atx.group(2).isBlank()) {
                addHeading(doc, headings, texts, i, atx.group(1).length(), atx.group(2));
            }
        }
    }

    private static void addHeading(ParsedDocument doc, List<int[]> headings, List<String> texts, int line, int level,
                                   String raw) {
        String clean = clean(raw);
        if (clean.isEmpty()) {
            return;
        }
        doc.heading[line] = true;
        headings.add(new int[] {line, level});
        texts.add(clean);
    }

    /** Heading text without Markdown markup, links, numbering or a trailing colon. */
    private static final Pattern HEADING_ID = Pattern.compile("\\{#[^}]*}\\s*$");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    static String clean(String raw) {
        String s = LINK.matcher(raw).replaceAll("$1");
        s = s.replace("**", "").replace("__", "").replace("`", "").replace("*", "");
        s = TAG.matcher(HEADING_ID.matcher(s).replaceAll("")).replaceAll("");
        s = s.strip();
        // Leading emoji and symbols ("🚀 Deployment") carry no meaning for classification.
        int k = 0;
        while (k < s.length() && !Character.isLetterOrDigit(s.codePointAt(k))) {
            k += Character.charCount(s.codePointAt(k));
        }
        s = s.substring(k);
        s = NUMBERING.matcher(s).replaceFirst("");
        while (s.endsWith(":") || s.endsWith("#")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.strip();
    }

    private static void buildSections(ParsedDocument doc, List<int[]> headings, List<String> texts) {
        int n = doc.lines.size();
        int firstHeading = headings.isEmpty() ? n : headings.get(0)[0];
        doc.sections.add(new ParsedDocument.Section(0, 0, "", -1, 0, firstHeading, n, -1));
        for (int h = 0; h < headings.size(); h++) {
            int line = headings.get(h)[0];
            int level = headings.get(h)[1];
            int bodyEnd = h + 1 < headings.size() ? headings.get(h + 1)[0] : n;
            int subtreeEnd = n;
            for (int k = h + 1; k < headings.size(); k++) {
                if (headings.get(k)[1] <= level) {
                    subtreeEnd = headings.get(k)[0];
                    break;
                }
            }
            int parent = 0;
            for (int k = h - 1; k >= 0; k--) {
                if (headings.get(k)[1] < level) {
                    parent = k + 1;
                    break;
                }
            }
            doc.sections.add(new ParsedDocument.Section(h + 1, level, texts.get(h), line, line + 1, bodyEnd, subtreeEnd,
                    parent));
        }
        for (ParsedDocument.Section s : doc.sections) {
            int from = s.headingLine() < 0 ? 0 : s.headingLine();
            for (int i = from; i < s.bodyEnd(); i++) {
                doc.sectionOf[i] = s.index();
            }
        }
    }

    private static void chooseTitle(ParsedDocument doc) {
        ParsedDocument.Section best = null;
        for (ParsedDocument.Section s : doc.sections) {
            if (s.level() > 0 && (best == null || s.level() < best.level())) {
                best = s;
                if (s.level() == 1) {
                    break;
                }
            }
        }
        if (best != null) {
            doc.title = best.heading();
            doc.titleLine = best.headingLine();
        } else {
            String name = doc.path.substring(doc.path.lastIndexOf('/') + 1);
            doc.title = name;
            doc.titleLine = -1;
        }
    }
}
