package dev.prodready.collect.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The visible text of an app page, line for line, as a Markdown document the classifier can read: JSX text and
 * prose string literals of React pages ({@code page.tsx}, routes, SPA page components), and the text of Vue,
 * Svelte, Astro, HTML and server templates (Django, Jinja, ERB, Blade...). {@code <h1>}..{@code <h6>} and the
 * {@code title}/{@code heading} of a component become Markdown headings; tags, attributes, code, class names,
 * import paths and template tags become nothing. Line {@code n} of the result is the text of line {@code n} of the
 * page, so evidence points into the page itself.
 */
final class PageText {

    /**
     * @param text      the page's visible text, one line per line of the page
     * @param delegates the page renders text kept elsewhere (an imported module, translations, a CMS, raw HTML),
     *                  so little text here does not make it a stub
     */
    record Extracted(String text, boolean delegates) {
    }

    private static final Set<String> SCRIPT_EXTENSIONS = Set.of("tsx", "jsx", "js", "ts", "mjs");
    /** Attributes whose string value is shown to the reader. */
    private static final Set<String> PROSE_ATTRIBUTES = Set.of("title", "heading", "label", "description", "subtitle",
            "summary", "text", "alt");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link", "source", "wbr", "area");
    /** Elements whose content is not prose: code, scripts, styles, drawings. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "code", "pre", "svg", "noscript");
    private static final Set<String> HEADING_ATTRIBUTES = Set.of("title", "heading");
    private static final Pattern CODE_TOKEN = Pattern.compile(".*[A-Za-z0-9][-:/\\[\\]=_.#][A-Za-z0-9\\[].*");
    private static final Pattern DELEGATES = Pattern.compile(
            "(?m)^\\s*import\\s[^;]*?from\\s*[\"'](\\.{1,2}/|@/|~/|#|\\$)|\\.mdx?[\"']|dangerouslySetInnerHTML|"
                    + "\\{@html\\b|v-html|set:html|\\|\\s*safe\\b|\\braw\\(|useTranslations?\\b|getTranslations?\\b|\\bt\\([\"'`]|"
                    + "\\$t\\(|<Trans\\b|<FormattedMessage\\b|\\bi18n\\b|\\{%-?\\s*(trans|blocktrans|include)\\b|"
                    + "\\{\\{\\s*_\\(|\\bgettext\\b|@include\\b|@lang\\b|\\bfetch\\(|getStaticProps|getServerSideProps|"
                    + "\\buseQuery\\b|\\bsanity\\b|\\bcontentful\\b|\\bprismic\\b|\\bnotion\\b|\\bMDXRemote\\b|"
                    + "<ReactMarkdown\\b|<Markdown\\b");

    private final String src;
    private final boolean script;
    private final int[] lineStarts;
    private final StringBuilder[] out;
    private final int[] headingLevel;
    /** Lines that also hold text outside a heading: prose, since a Markdown heading cannot share its line. */
    private final boolean[] body;
    private int pos;
    private int heading;

    private PageText(String source, boolean script) {
        this.src = source;
        this.script = script;
        int lines = 1;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        this.lineStarts = new int[lines];
        int l = 1;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                lineStarts[l++] = i + 1;
            }
        }
        this.out = new StringBuilder[lines];
        this.headingLevel = new int[lines];
        this.body = new boolean[lines];
        for (int i = 0; i < lines; i++) {
            out[i] = new StringBuilder();
        }
    }

    /** Whether pages with this extension can be read ("tsx", "vue", "html", "jinja"...). */
    static boolean readable(String extension) {
        return SCRIPT_EXTENSIONS.contains(extension) || Set.of("vue", "svelte", "astro", "html", "htm", "jinja",
                "jinja2", "j2", "njk", "hbs", "ejs", "erb", "twig", "liquid", "php").contains(extension);
    }

    static Extracted of(String path, String source) {
        String lower = path.toLowerCase(Locale.ROOT);
        String ext = lower.substring(lower.lastIndexOf('.') + 1);
        PageText page = new PageText(source, SCRIPT_EXTENSIONS.contains(ext));
        if (page.script) {
            page.code(false, false);
        } else {
            page.frontMatter();
            page.children(null);
        }
        return new Extracted(page.render(), DELEGATES.matcher(source).find());
    }

    // ---- JavaScript ----------------------------------------------------------------------------------

    /**
     * Code until the end, or until the brace that closes an expression when {@code inExpression}. String literals
     * that read as prose are kept when {@code keep} (children expressions) or when they are not attribute-like.
     */
    private void code(boolean inExpression, boolean keep) {
        int depth = 0;
        String lastWord = "";
        char lastSignificant = '\n';
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '/' && next(1) == '/') {
                skipTo("\n");
                continue;
            }
            if (c == '/' && next(1) == '*') {
                skipPast("*/");
                continue;
            }
            if (c == '"' || c == '\'' || c == '`') {
                boolean importPath = lastWord.equals("from") || lastWord.equals("import") || lastWord.equals("require");
                string(c, !importPath && (keep || !inExpression));
                lastSignificant = c;
                lastWord = "";
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0 && inExpression) {
                    pos++;
                    return;
                }
                depth--;
            } else if (c == '<' && jsxMayStart(lastSignificant, lastWord)) {
                element();
                lastSignificant = '>';
                lastWord = "";
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                    pos++;
                }
                lastWord = src.substring(start, pos);
                lastSignificant = 'a';
                continue;
            }
            if (!Character.isWhitespace(c)) {
                lastSignificant = c;
                if (c != '(') {
                    lastWord = ""; // "require(" and "import(" keep their word for the path that follows
                }
            }
            pos++;
        }
    }

    private boolean jsxMayStart(char lastSignificant, String lastWord) {
        char n = next(1);
        if (!(Character.isLetter(n) || n == '>')) {
            return false;
        }
        return lastWord.equals("return") || "(,=:?&|{[>;\n".indexOf(lastSignificant) >= 0;
    }

    /** A string or template literal; its prose is kept when {@code keep}. */
    private void string(char quote, boolean keep) {
        int start = ++pos;
        StringBuilder value = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == quote) {
                break;
            }
            if (quote != '`' && c == '\n') {
                break; // an unclosed quote: stop at the line's end
            }
            if (quote == '`' && c == '$' && next(1) == '{') {
                if (keep && prose(value.toString())) {
                    emit(start, pos);
                }
                pos += 2;
                code(true, false);
                start = pos;
                value.setLength(0);
                continue;
            }
            value.append(c);
            pos++;
        }
        if (keep && prose(value.toString())) {
            emit(start, pos);
        }
        pos = Math.min(src.length(), pos + 1);
    }

    /** Reads as words shown to a person, not a class list, path, identifier or directive. */
    static boolean prose(String value) {
        String s = value.strip();
        if (s.length() < 2 || s.chars().noneMatch(Character::isLetter) || s.startsWith("/") || s.startsWith("http")
                || s.startsWith("./") || s.startsWith("@/") || s.equals("use client") || s.equals("use server")) {
            return false;
        }
        String[] tokens = s.split("\\s+");
        if (tokens.length == 1 && s.equals(s.toLowerCase(Locale.ROOT))) {
            return false; // an identifier, a key or a single class name
        }
        long codeLike = Arrays.stream(tokens).filter(t -> CODE_TOKEN.matcher(t).matches()).count();
        return codeLike * 2 < tokens.length;
    }

    // ---- markup --------------------------------------------------------------------------------------

    /** An element at '<': its attributes, then its children up to the closing tag. */
    private void element() {
        pos++;
        if (pos < src.length() && src.charAt(pos) == '>') {
            pos++;
            children("");
            return;
        }
        int nameStart = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || "._:-".indexOf(src.charAt(pos)) >= 0)) {
            pos++;
        }
        String name = src.substring(nameStart, pos);
        String lowerName = name.toLowerCase(Locale.ROOT);
        int level = lowerName.length() == 2 && lowerName.charAt(0) == 'h' && Character.isDigit(lowerName.charAt(1))
                ? lowerName.charAt(1) - '0' : 0;
        boolean selfClosing = attributes();
        // In JSX a component may be called Link or Code; the names of HTML elements are lower case there.
        String htmlName = script ? name : lowerName;
        if (selfClosing || (!script && VOID.contains(htmlName))) {
            return;
        }
        if (SKIPPED.contains(htmlName)) {
            int end = indexOfIgnoreCase("</" + htmlName, pos);
            pos = end < 0 ? src.length() : end;
            skipPast(">");
            return;
        }
        int outer = heading;
        if (level > 0) {
            heading = level;
        }
        children(name);
        heading = outer;
    }

    /** Attributes up to '>' or '/>'; true when the element closes itself. */
    private boolean attributes() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '>') {
                pos++;
                return false;
            }
            if (c == '/' && next(1) == '>') {
                pos += 2;
                return true;
            }
            if (c == '{') {
                pos++;
                code(true, false);
                continue;
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || "-_:@.".indexOf(src.charAt(pos)) >= 0)) {
                    pos++;
                }
                String attr = src.substring(start, pos).toLowerCase(Locale.ROOT);
                if (pos < src.length() && src.charAt(pos) == '=') {
                    pos++;
                    char q = pos < src.length() ? src.charAt(pos) : 0;
                    if (q == '"' || q == '\'') {
                        int valueStart = pos + 1;
                        int end = src.indexOf(q, valueStart);
                        end = end < 0 ? src.length() : end;
                        if (PROSE_ATTRIBUTES.contains(attr) && prose(src.substring(valueStart, end))) {
                            int outer = heading;
                            heading = HEADING_ATTRIBUTES.contains(attr) ? 2 : heading;
                            emit(valueStart, end);
                            heading = outer;
                        }
                        pos = Math.min(src.length(), end + 1);
                    } else if (q == '{') {
                        pos++;
                        code(true, PROSE_ATTRIBUTES.contains(attr));
                    }
                }
                continue;
            }
            pos++;
        }
        return false;
    }

    /** Text and elements up to the closing tag of {@code parent} (null: to the end of the file). */
    private void children(String parent) {
        int textStart = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '<' || c == '{' || (!script && c == '@' && Character.isLetter(next(1)))) {
                text(textStart, pos);
                if (c == '{') {
                    pos++;
                    if (script) {
                        code(true, true);
                    } else {
                        skipBraces();
                    }
                } else if (c == '@') {
                    skipDirective();
                } else if (startsWith("<!--")) {
                    skipPast("-->");
                } else if (startsWith("<%") || startsWith("<?")) {
                    skipPast(src.charAt(pos + 1) == '%' ? "%>" : "?>");
                } else if (next(1) == '/') {
                    skipPast(">");
                    if (parent != null) {
                        return;
                    }
                } else if (Character.isLetter(next(1)) || next(1) == '>') {
                    element();
                } else if (next(1) == '!') {
                    skipPast(">");
                } else {
                    pos++;
                    textStart = pos - 1;
                    continue;
                }
                textStart = pos;
                continue;
            }
            pos++;
        }
        text(textStart, pos);
    }

    private void text(int from, int to) {
        if (from < to) {
            emit(from, to);
        }
    }

    /** A template tag or expression: {{ }}, {% %}, {# #}, { } of Svelte, Vue and Jinja. */
    private void skipBraces() {
        int depth = 1;
        while (pos < src.length() && depth > 0) {
            char c = src.charAt(pos++);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        if (pos < src.length() && src.charAt(pos) == '}') {
            pos++; // the second brace of "}}"
        }
    }

    /** A Blade or Razor directive: "@section('content')", "@csrf". */
    private void skipDirective() {
        pos++;
        while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '(') {
            int depth = 0;
            while (pos < src.length()) {
                char c = src.charAt(pos++);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
            }
        }
    }

    /** Astro's frontmatter fence (--- code ---) at the top. */
    private void frontMatter() {
        if (src.startsWith("---")) {
            int end = src.indexOf("\n---", 3);
            pos = end < 0 ? 0 : end + 4;
        }
    }

    // ---- output --------------------------------------------------------------------------------------

    private void emit(int from, int to) {
        int line = lineOf(from);
        StringBuilder b = out[line];
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
        }
        for (int i = from; i < to && i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                b = out[line];
                if (b.length() > 0) {
                    b.append(' ');
                }
                continue;
            }
            if (!Character.isWhitespace(c)) {
                if (heading > 0) {
                    headingLevel[line] = Math.max(headingLevel[line], heading);
                } else {
                    body[line] = true;
                }
            }
            b.append(Character.isWhitespace(c) ? ' ' : c);
        }
    }

    private String render() {
        StringBuilder result = new StringBuilder(src.length() / 2);
        for (int i = 0; i < out.length; i++) {
            String line = entities(out[i].toString().replaceAll("\\s+", " ").strip());
            if (!line.isEmpty() && line.chars().anyMatch(Character::isLetterOrDigit)) {
                if (headingLevel[i] > 0 && !body[i]) {
                    result.append("#".repeat(headingLevel[i])).append(' ');
                }
                result.append(line);
            }
            if (i < out.length - 1) {
                result.append('\n');
            }
        }
        return result.toString();
    }

    private static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&apos;", "'").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
                .replace("&nbsp;", " ").replace("&rsquo;", "'").replace("&lsquo;", "'").replace("&ldquo;", "\"")
                .replace("&rdquo;", "\"").replace("&mdash;", "—").replace("&ndash;", "–");
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private int indexOfIgnoreCase(String s, int from) {
        for (int i = from; i <= src.length() - s.length(); i++) {
            if (src.regionMatches(true, i, s, 0, s.length())) {
                return i;
            }
        }
        return -1;
    }

    private char next(int ahead) {
        return pos + ahead < src.length() ? src.charAt(pos + ahead) : 0;
    }

    private boolean startsWith(String s) {
        return src.startsWith(s, pos);
    }

    private void skipTo(String s) {
        int i = src.indexOf(s, pos);
        pos = i < 0 ? src.length() : i;
    }

    private void skipPast(String s) {
        int i = src.indexOf(s, pos);
        pos = i < 0 ? src.length() : i + s.length();
    }
}
