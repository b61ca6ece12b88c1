package dev.prodready.collect.code;

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
    private final java.util.EnumMap<Kind, List<Node>> byKind = new java.util.EnumMap<>(Kind.class);
    private final int errorLine;
    /** Char index of each byte offset, for files that are not pure ASCII (null when byte and char offsets agree). */
    private final int[] charAt;

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
        charAt = bytes.length == source.length() ? null : charIndex(bytes);
    }

    /** Maps UTF-8 byte offsets to UTF-16 char offsets (a 4-byte sequence is two chars). */
    private static int[] charIndex(byte[] bytes) {
        int[] map = new int[bytes.length + 1];
        int chars = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            for (int k = 0; k < len && i + k < bytes.length; k++) {
                map[i + k] = chars;
            }
            i += len;
            chars += len == 4 ? 2 : 1;
        }
        map[bytes.length] = chars;
        return map;
    }

    /** The char offset in {@link #source()} of a byte offset. */
    public int charOffset(int byteOffset) {
        int b = Math.max(0, Math.min(byteOffset, bytes.length));
        return charAt == null ? b : charAt[b];
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
        return byKind.getOrDefault(kind, List.of());
    }

    void add(Node node, Node parent) {
        all.add(node);
        byKind.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(node);
        if (parent == null) {
            roots.add(node);
        } else {
            parent.link(node);
        }
    }

    public String text(int start, int end) {
        int s = charOffset(start);
        int e = Math.max(s, charOffset(end));
        return source.substring(s, e);
    }

    /** A view of the text between two byte offsets, without copying it. */
    public CharSequence view(int start, int end) {
        int s = charOffset(start);
        int e = Math.max(s, charOffset(end));
        return java.nio.CharBuffer.wrap(source, s, e);
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
