package dev.prodready.collect.code;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The normalised syntax tree of one source file: the captured nodes nested by their text ranges, the file's
 * UTF-8 bytes (tree-sitter offsets are byte offsets) and a line index. No native memory is held.
 */
public final class SyntaxTree {

    private final String path;
    private final Language language;
    private final byte[] bytes;
    private final String source;
    private final int[] lineStarts;
    private final List<Node> roots = new ArrayList<>();
    private final List<Node> all = new ArrayList<>();
    private final int errorLine;

    SyntaxTree(String path, Language language, String source, byte[] bytes, int errorLine) {
        this.path = path;
        this.language = language;
        this.source = source;
        this.bytes = bytes;
        this.errorLine = errorLine;
        int lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int at = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lineStarts[at++] = i + 1;
            }
        }
    }

    public String path() {
        return path;
    }

    public Language language() {
        return language;
    }

    /** The whole file as text. */
    public String source() {
        return source;
    }

    /** The first line with a syntax error, or 0 when the file parsed cleanly. */
    public int errorLine() {
        return errorLine;
    }

    public List<Node> roots() {
        return roots;
    }

    /** Every node in document order (outer before inner). */
    public List<Node> nodes() {
        return all;
    }

    public List<Node> nodes(Kind kind) {
        return all.stream().filter(n -> n.kind() == kind).toList();
    }

    void add(Node node, Node parent) {
        all.add(node);
        if (parent == null) {
            roots.add(node);
        } else {
            parent.link(node);
        }
    }

    public String text(int start, int end) {
        int s = Math.max(0, Math.min(start, bytes.length));
        int e = Math.max(s, Math.min(end, bytes.length));
        return new String(bytes, s, e - s, StandardCharsets.UTF_8);
    }

    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The text of a 1-based line (without its terminator). */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int s = lineStarts[line - 1];
        int e = line < lineStarts.length ? lineStarts[line] - 1 : bytes.length;
        return text(s, e).stripTrailing();
    }
}
