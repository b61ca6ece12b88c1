package dev.prodready.workspace.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The start tags of an HTML page that the probe cares about, found the way a browser's tokenizer would find
 * them: comments are skipped, the content of script, style, textarea, title and similar raw-text elements is
 * not parsed as markup, and tags inside {@code <template>} are marked as such (they are not in the document).
 * Not a full HTML parser; enough to list scripts, metas, links, images and anchors reliably.
 */
public final class HtmlTags {

    /** One start tag. {@code text} is the visible text up to the closing tag, for anchors only. */
    public record Tag(String name, Map<String, String> attributes, boolean inTemplate, int line, String text) {
        public Tag {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        public Optional<String> attribute(String attribute) {
            return Optional.ofNullable(attributes.get(attribute));
        }

        public boolean has(String attribute) {
            return attributes.containsKey(attribute);
        }
    }

    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");
    private static final Set<String> WANTED = Set.of("meta", "script", "link", "img", "a", "source", "iframe",
            "form", "base", "video", "audio", "embed", "object");

    private HtmlTags() {
    }

    public static List<Tag> parse(String html) {
        List<Tag> tags = new ArrayList<>();
        int templateDepth = 0;
        int i = 0;
        int n = html.length();
        int lineAt = 0;
        int line = 1;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            for (int k = lineAt; k < lt; k++) {
                if (html.charAt(k) == '\n') {
                    line++;
                }
            }
            lineAt = lt;
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (c == '!' || c == '?') {
                int end = html.indexOf('>', lt + 2);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (c == '/') {
                int end = html.indexOf('>', lt + 2);
                String name = tagName(html, lt + 2);
                if (name.equals("template") && templateDepth > 0) {
                    templateDepth--;
                }
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (!Character.isLetter(c)) {
                i = lt + 1;
                continue;
            }
            String name = tagName(html, lt + 1);
            Map<String, String> attributes = new LinkedHashMap<>();
            int end = attributes(html, lt + 1 + name.length(), attributes);
            if (end < 0) {
                break;
            }
            i = end;
            if (name.equals("template")) {
                templateDepth++;
                continue;
            }
            if (name.equals("plaintext")) {
                break;
            }
            String text = "";
            if (name.equals("a")) {
                int close = indexOfIgnoreCase(html, "</a", i);
                text = close < 0 ? "" : visibleText(html.substring(i, Math.min(close, i + 2000)));
            }
            if (WANTED.contains(name)) {
                tags.add(new Tag(name, attributes, templateDepth > 0, line, text));
            }
            if (RAW_TEXT.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, i);
                i = close < 0 ? n : close;
            }
        }
        return tags;
    }

    private static String tagName(String html, int from) {
        int j = from;
        while (j < html.length() && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>'
                && html.charAt(j) != '/') {
            j++;
        }
        return html.substring(from, j).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads attributes up to the tag's '>', returns the index after it, or -1 when the input ends inside the tag
     * (a browser drops such a tag). The first of duplicate names wins.
     */
    private static int attributes(String html, int from, Map<String, String> out) {
        int n = html.length();
        int j = from;
        while (j < n) {
            char c = html.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                j++;
                continue;
            }
            int start = j;
            while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>' && html.charAt(j) != '/'
                    && html.charAt(j) != '=') {
                j++;
            }
            if (j == start) {
                j++;
                continue;
            }
            String attr = html.substring(start, j).toLowerCase(Locale.ROOT);
            int k = j;
            while (k < n && Character.isWhitespace(html.charAt(k))) {
                k++;
            }
            String value = "";
            if (k < n && html.charAt(k) == '=') {
                k++;
                while (k < n && Character.isWhitespace(html.charAt(k))) {
                    k++;
                }
                if (k < n && (html.charAt(k) == '"' || html.charAt(k) == '\'')) {
                    char q = html.charAt(k);
                    int close = html.indexOf(q, k + 1);
                    value = html.substring(k + 1, close < 0 ? n : close);
                    j = close < 0 ? n : close + 1;
                } else {
                    int v = k;
                    while (v < n && !Character.isWhitespace(html.charAt(v)) && html.charAt(v) != '>') {
                        v++;
                    }
                    value = html.substring(k, v);
                    j = v;
                }
            }
            out.putIfAbsent(attr, decode(value));
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = s.length() - needle.length();
        for (int i = Math.max(0, from); i <= n; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String visibleText(String fragment) {
        return decode(fragment.replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
    }

    /** Decodes the character references that occur in real attribute values. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int semi = s.indexOf(';', i);
            if (semi < 0 || semi - i > 10) {
                out.append(c);
                i++;
                continue;
            }
            String ref = s.substring(i + 1, semi);
            String replacement = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> numeric(ref);
            };
            if (replacement == null) {
                out.append(c);
                i++;
            } else {
                out.append(replacement);
                i = semi + 1;
            }
        }
        return out.toString();
    }

    private static String numeric(String ref) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
            }
            if (ref.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
