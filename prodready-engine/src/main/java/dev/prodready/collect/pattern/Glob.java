package dev.prodready.collect.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path glob over repository-relative paths with forward slashes. {@code *} and {@code ?} stay within one
 * folder, {@code **} crosses folders and {@code **}{@code /} also matches no folder at all (so
 * {@code **}{@code /Dockerfile} matches a root Dockerfile), {@code {a,b}} is an alternation, {@code [abc]} and
 * {@code [!abc]} are character classes, and a backslash escapes the next character. The whole path must match.
 */
public final class Glob {

    private final String source;
    private final boolean ignoreCase;
    private final Pattern regex;
    /** For the common shapes (**\/*.ext, **\/name, a literal path): a match without the regex engine. */
    private final java.util.function.Predicate<String> fast;
    /**
     * When the last segment cannot match a slash: the folder part (with its trailing slash) and the name part
     * apart, so an index can remember the folder's verdict: paths share few folders, and a glob with folders in
     * it is tried on every file of the extension it names.
     */
    private final Pattern folderRegex;
    private final Pattern nameRegex;
    /** The name part as plain shapes (literal, *suffix, prefix*, prefix*suffix), when every alternative is one. */
    private final String[][] nameShapes;
    /** The folder part when it needs no regex: "**\/" (any folder), or a literal folder path; else null. */
    private final String folderLiteral;
    /** Text that any match of the whole glob, its folder part or its name part must contain (null = no gate). */
    private final Needle wholeNeedle;
    private final Needle folderNeedle;
    private final Needle nameNeedle;

    /**
     * When the verdict on a file depends only on its extension once its folder is allowed: the suffixes ".ext" the
     * name may end in ({@code **}{@code /*.{ts,tsx}}, {@code src/**}{@code /*.md}); else null.
     */
    private final String[] extensionSuffixes;
    /** The verdict depends only on the folder ({@code lit/**}, {@code **}{@code /lit/**}). */
    private final boolean folderOnly;

    private Glob(String source, boolean ignoreCase, Pattern regex) {
        this.source = source;
        this.ignoreCase = ignoreCase;
        this.regex = regex;
        this.fast = fastPath(source, ignoreCase);
        int slash = lastTopLevelSlash(source);
        String last = source.substring(slash + 1);
        if (fast == null && !last.contains("**") && !last.contains("[") && !last.contains("\\")
                && Glob.expandBraces(last, 64).stream().noneMatch(e -> e.contains("/"))
                && !last.isEmpty()) {
            int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            this.folderRegex = Pattern.compile(slash < 0 ? "" : toRegex(source.substring(0, slash + 1)), flags);
            this.nameRegex = Pattern.compile(toRegex(last), flags);
            List<String[]> shapes = shapes(last);
            this.nameShapes = shapes == null ? null : shapes.toArray(String[][]::new);
            String folderPart = slash < 0 ? "" : source.substring(0, slash + 1);
            this.folderLiteral = folderPart.equals("**/") || !hasWildcard(folderPart) && folderPart.indexOf('\\') < 0
                    ? folderPart : null;
            this.folderNeedle = folderLiteral == null ? Needle.of(folderPart, ignoreCase) : null;
            this.nameNeedle = nameShapes == null ? Needle.of(last, ignoreCase) : null;
            this.wholeNeedle = null;
        } else {
            this.folderLiteral = null;
            this.folderRegex = null;
            this.nameRegex = null;
            this.nameShapes = null;
            this.folderNeedle = null;
            this.nameNeedle = null;
            this.wholeNeedle = fast == null ? Needle.of(source, ignoreCase) : null;
        }
        this.folderOnly = fast != null && UNDER_FOLDER.matcher(source).matches();
        this.extensionSuffixes = extensionSuffixes(source, slash, fast != null,
                nameShapes == null ? null : List.of(nameShapes));
    }

    private static String[] extensionSuffixes(String source, int slash, boolean fast, List<String[]> shapes) {
        List<String> suffixes = new java.util.ArrayList<>();
        if (fast) {
            java.util.regex.Matcher m = ANY_DIR_EXTENSIONS.matcher(source);
            if (!m.matches()) {
                return null;
            }
            for (String e : (m.group(1) != null ? m.group(1) : m.group(2)).split(",")) {
                suffixes.add("." + e);
            }
        } else if (shapes != null) {
            for (String[] shape : shapes) {
                if (!shape[0].isEmpty() || shape[1] == null) {
                    return null;
                }
                suffixes.add(shape[1]);
            }
        } else {
            return null;
        }
        for (String suffix : suffixes) {
            if (suffix.length() < 2 || suffix.charAt(0) != '.' || suffix.indexOf('.', 1) >= 0) {
                return null; // ".d.ts" depends on more than the last extension
            }
        }
        return suffixes.toArray(String[]::new);
    }

    /**
     * Whether {@link #matches} is decided by the file's extension alone, for a file in a folder the glob allows
     * ({@link #folderMatches} for a splitting glob; any folder otherwise).
     */
    boolean decidedByExtension() {
        return extensionSuffixes != null;
    }

    /** For a glob {@link #decidedByExtension}: its verdict on a file with this exact extension (no dot, "" for none). */
    boolean matchesExtension(String extension) {
        for (String suffix : extensionSuffixes) {
            if (suffix.length() == extension.length() + 1 && suffix.regionMatches(ignoreCase, 1, extension, 0,
                    extension.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verdict depends on the folder alone ({@code lit/**} shapes). */
    boolean decidedByFolder() {
        return folderOnly;
    }

    private static final Pattern ANY_DIR_EXTENSIONS = Pattern.compile("\\*\\*/\\*\\.(?:\\{([A-Za-z0-9_.,-]+)\\}|([A-Za-z0-9_.-]+))");
    private static final Pattern ANY_DIR_NAME = Pattern.compile("\\*\\*/([A-Za-z0-9_.-]+)");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_./-]+");
    private static final Pattern UNDER_FOLDER = Pattern.compile(
            "(\\*\\*/)?(?:\\{([A-Za-z0-9_.,-]+)\\}|([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*))/\\*\\*");

    private static java.util.function.Predicate<String> fastPath(String glob, boolean ignoreCase) {
        java.util.function.BiPredicate<String, String> endsWith = ignoreCase
                ? (s, suffix) -> s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length())
                : String::endsWith;
        java.util.regex.Matcher m = ANY_DIR_EXTENSIONS.matcher(glob);
        if (m.matches()) {
            List<String> suffixes = java.util.Arrays.stream((m.group(1) != null ? m.group(1) : m.group(2)).split(","))
                    .map(e -> "." + e).toList();
            return path -> {
                String name = path.substring(path.lastIndexOf('/') + 1);
                for (String suffix : suffixes) {
                    if (name.length() >= suffix.length() && endsWith.test(name, suffix)) {
                        return true;
                    }
                }
                return false;
            };
        }
        m = ANY_DIR_NAME.matcher(glob);
        if (m.matches()) {
            String name = m.group(1);
            return path -> {
                String last = path.substring(path.lastIndexOf('/') + 1);
                return ignoreCase ? last.equalsIgnoreCase(name) : last.equals(name);
            };
        }
        if (LITERAL.matcher(glob).matches()) {
            return path -> ignoreCase ? path.equalsIgnoreCase(glob) : path.equals(glob);
        }
        m = UNDER_FOLDER.matcher(glob);
        if (m.matches()) {
            // "lit/**" or "**/lit/**": the path lies under a folder of that name (at the top, or anywhere).
            boolean anywhere = m.group(1) != null;
            List<String> folders = (m.group(2) != null ? java.util.Arrays.asList(m.group(2).split(","))
                    : List.of(m.group(3))).stream().map(f -> f + "/").toList();
            return path -> {
                String p = ignoreCase ? path.toLowerCase(Locale.ROOT) : path;
                for (String folder : folders) {
                    String f = ignoreCase ? folder.toLowerCase(Locale.ROOT) : folder;
                    if (p.startsWith(f) && p.length() > f.length()
                            || anywhere && p.indexOf("/" + f) >= 0 && !p.endsWith("/" + f)) {
                        return true;
                    }
                }
                return false;
            };
        }
        return null;
    }

    public static Glob of(String glob) {
        return of(glob, false);
    }

    /**
     * @throws IllegalArgumentException when the glob is empty or its braces or brackets do not balance
     */
    public static Glob of(String glob, boolean ignoreCase) {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("empty glob");
        }
        String regex = toRegex(glob);
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return new Glob(glob, ignoreCase, Pattern.compile(regex, flags));
    }

    public String source() {
        return source;
    }

    public boolean ignoreCase() {
        return ignoreCase;
    }

    public boolean matches(String path) {
        return matches(path, null);
    }

    /**
     * @param folded the path in lower case when it is all ASCII (see {@link #folded}), or null to work it out here
     *               if needed: callers trying many globs on one path fold it once
     */
    boolean matches(String path, String folded) {
        if (fast != null) {
            return fast.test(path);
        }
        if (folderRegex == null) {
            return (wholeNeedle == null || wholeNeedle.in(path, folded, 0)) && regex.matcher(path).matches();
        }
        int slash = path.lastIndexOf('/');
        return nameMatches(path, folded, slash + 1) && folderMatches(path.substring(0, slash + 1));
    }

    /** The path in lower case when all its characters are ASCII; else null (case folding is then the regex's). */
    static String folded(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) >= 128) {
                return null;
            }
        }
        return path.toLowerCase(Locale.ROOT);
    }

    /** Whether the glob is matched as a folder part and a name part (see {@link #folderMatches}). */
    boolean splits() {
        return folderRegex != null;
    }

    /**
     * For a glob that {@link #splits}: whether a file in this folder ("src/app/", "" at the root) can match.
     * {@link GlobIndex} remembers the answer per folder.
     */
    boolean folderMatches(String folder) {
        if (folderLiteral != null) {
            return folderLiteral.equals("**/")
                    || (ignoreCase ? folder.equalsIgnoreCase(folderLiteral) : folder.equals(folderLiteral));
        }
        return (folderNeedle == null || folderNeedle.in(folder, null, 0)) && folderRegex.matcher(folder).matches();
    }

    /** For a glob that {@link #splits}: whether the name part matches the file name starting at {@code from}. */
    boolean nameMatches(String path, String folded, int from) {
        if (nameShapes == null) {
            return (nameNeedle == null || nameNeedle.in(path, folded, from))
                    && nameRegex.matcher(path).region(from, path.length()).matches();
        }
        int length = path.length() - from;
        for (String[] shape : nameShapes) {
            String prefix = shape[0];
            String suffix = shape[1];
            if (suffix == null) {
                if (length == prefix.length() && path.regionMatches(ignoreCase, from, prefix, 0, length)) {
                    return true;
                }
            } else if (length >= prefix.length() + suffix.length()
                    && path.regionMatches(ignoreCase, from, prefix, 0, prefix.length())
                    && path.regionMatches(ignoreCase, path.length() - suffix.length(), suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each brace alternative of a name glob as {prefix, suffix} around at most one {@code *} ({prefix, null} for a
     * literal), or null when some alternative has another wildcard.
     */
    private static List<String[]> shapes(String name) {
        List<String> alternatives = expandBraces(name, 64);
        if (alternatives.isEmpty()) {
            return null;
        }
        List<String[]> shapes = new ArrayList<>();
        for (String alternative : alternatives) {
            int star = alternative.indexOf('*');
            if (alternative.indexOf('?') >= 0 || alternative.indexOf('[') >= 0 || alternative.indexOf('{') >= 0
                    || alternative.indexOf('\\') >= 0 || (star >= 0 && alternative.indexOf('*', star + 1) >= 0)) {
                return null;
            }
            shapes.add(star < 0 ? new String[] {alternative, null}
                    : new String[] {alternative.substring(0, star), alternative.substring(star + 1)});
        }
        return List.copyOf(shapes);
    }

    /** Tests: the literal alternatives gating the regex of the whole glob, its folder part and its name part. */
    List<List<String>> gates() {
        return java.util.stream.Stream.of(wholeNeedle, folderNeedle, nameNeedle)
                .map(n -> n == null ? List.<String>of() : List.of(n.anyOf())).toList();
    }

    /** The regex translation alone (tests compare it with the fast path). */
    boolean matchesByRegex(String path) {
        return regex.matcher(path).matches();
    }

    /**
     * File-name keys under which this glob can be found by {@link GlobIndex}: "name:<lower-case name>" when
     * the last segment is literal, "ext:<lower-case extension>" when it is {@code *.<literal>}; empty when the
     * last segment is too open to index (then the glob is tried against every path).
     */
    Optional<List<String>> indexKeys() {
        int slash = lastTopLevelSlash(source);
        String last = source.substring(slash + 1);
        List<String> expanded = expandBraces(last, 64);
        if (expanded.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (String segment : expanded) {
            if (segment.contains("**") || segment.contains("\\") || segment.contains("/")) {
                return Optional.empty();
            }
            if (!hasWildcard(segment)) {
                keys.add("name:" + segment.toLowerCase(Locale.ROOT));
                continue;
            }
            int dot = segment.lastIndexOf('.');
            String extension = dot < 0 ? "" : segment.substring(dot + 1);
            if (dot > 0 && !extension.isEmpty() && !hasWildcard(extension)) {
                keys.add("ext:" + extension.toLowerCase(Locale.ROOT));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(keys);
    }

    private static boolean hasWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    private static int lastTopLevelSlash(String glob) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '/' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    /** Expands {a,b} alternations (nested too) into plain strings; empty when there would be more than max. */
    static List<String> expandBraces(String glob, int max) {
        int open = -1;
        int depth = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
                if (depth == 0) {
                    List<String> result = new ArrayList<>();
                    String head = glob.substring(0, open);
                    String tail = glob.substring(i + 1);
                    for (String option : splitTopLevel(glob.substring(open + 1, i))) {
                        for (String rest : expandBraces(head + option + tail, max)) {
                            result.add(rest);
                            if (result.size() > max) {
                                return List.of();
                            }
                        }
                    }
                    return result;
                }
            }
        }
        return List.of(glob);
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    static String toRegex(String glob) {
        StringBuilder out = new StringBuilder(glob.length() * 2);
        int braces = 0;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean atSegmentStart = i == 0 || glob.charAt(i - 1) == '/';
                        if (atSegmentStart && i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
                            out.append("(?:[^/]*/)*"); // "**/": zero or more folders
                            i += 3;
                        } else {
                            out.append(".*");
                            i += 2;
                        }
                    } else {
                        out.append("[^/]*");
                        i++;
                    }
                }
                case '?' -> {
                    out.append("[^/]");
                    i++;
                }
                case '{' -> {
                    braces++;
                    out.append("(?:");
                    i++;
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("unbalanced '}' in glob: " + glob);
                    }
                    braces--;
                    out.append(')');
                    i++;
                }
                case ',' -> {
                    out.append(braces > 0 ? "|" : ",");
                    i++;
                }
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed '[' in glob: " + glob);
                    }
                    String body = glob.substring(i + 1, close);
                    out.append('[');
                    if (body.startsWith("!")) {
                        out.append('^');
                        body = body.substring(1);
                    }
                    for (char b : body.toCharArray()) {
                        if (b == '\\' || b == '[' || b == ']' || b == '&' || b == '^') {
                            out.append('\\');
                        }
                        out.append(b);
                    }
                    out.append(']');
                    i = close + 1;
                }
                case '\\' -> {
                    if (i + 1 >= glob.length()) {
                        throw new IllegalArgumentException("trailing backslash in glob: " + glob);
                    }
                    out.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                    i += 2;
                }
                default -> {
                    if ("().+|^$".indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                    i++;
                }
            }
        }
        if (braces != 0) {
            throw new IllegalArgumentException("unbalanced '{' in glob: " + glob);
        }
        return out.toString();
    }

    /**
     * Literal text without which a glob (or a part of one) cannot match: one of a few alternatives, read off the
     * glob as its most selective plain run ("dmin" in {@code *[Aa]dmin*.ts}) or brace group of plain words
     * ({@code *{privacy,legal}*.md}). Checked before a regex, it turns most regex calls into a few indexOf calls.
     */
    private record Needle(String[] anyOf, boolean ignoreCase) {

        /** The shortest alternative must be this long for the gate to be worth a check. */
        private static final int MIN_LENGTH = 2;

        /** The gate of a glob part, or null when it has none worth checking. */
        static Needle of(String glob, boolean ignoreCase) {
            List<String> best = null;
            int bestLength = MIN_LENGTH - 1;
            StringBuilder run = new StringBuilder();
            List<List<String>> candidates = new ArrayList<>();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '\\' && i + 1 < glob.length()) {
                    run.append(glob.charAt(++i));
                    continue;
                }
                if (c != '*' && c != '?' && c != '[' && c != '{') {
                    run.append(c);
                    continue;
                }
                candidates.add(List.of(run.toString()));
                run.setLength(0);
                if (c == '*' && glob.startsWith("*/", i + 1)) {
                    i += 2; // "**/": the slash belongs to the wildcard, which may match no folder at all
                } else if (c == '[') {
                    int close = glob.indexOf(']', i + 2);
                    i = close < 0 ? glob.length() : close;
                } else if (c == '{') {
                    int close = closingBrace(glob, i);
                    if (close < 0) {
                        return null;
                    }
                    List<String> words = splitTopLevel(glob.substring(i + 1, close));
                    if (words.stream().noneMatch(Glob::hasSpecial)) {
                        candidates.add(words);
                    }
                    i = close;
                }
            }
            candidates.add(List.of(run.toString()));
            for (List<String> words : candidates) {
                int shortest = words.stream().mapToInt(String::length).min().orElse(0);
                boolean plain = !ignoreCase || words.stream().allMatch(w -> w.chars().allMatch(ch -> ch < 128));
                if (plain && shortest > bestLength) {
                    best = words;
                    bestLength = shortest;
                }
            }
            if (best == null) {
                return null;
            }
            return new Needle(best.stream().map(w -> ignoreCase ? w.toLowerCase(Locale.ROOT) : w).distinct()
                    .toArray(String[]::new), ignoreCase);
        }

        /**
         * Whether some alternative occurs in {@code text} from {@code from}; true when it cannot tell.
         * @param folded {@code text} as {@link Glob#folded} gives it, or null to fold it here when needed
         */
        boolean in(String text, String folded, int from) {
            String haystack = text;
            if (ignoreCase) {
                haystack = folded != null ? folded : Glob.folded(text);
                if (haystack == null) {
                    return true; // non-ASCII text: Unicode case folding is the regex's business
                }
            }
            for (String word : anyOf) {
                if (haystack.indexOf(word, from) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean hasSpecial(String word) {
        return hasWildcard(word) || word.indexOf('\\') >= 0 || word.indexOf('}') >= 0;
    }

    private static int closingBrace(String glob, int open) {
        int depth = 0;
        for (int i = open; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
