package dev.prodready.collect.code;

import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one file and turns the query's captures into a {@link SyntaxTree}. Walking the native tree node by node
 * from Java costs several JNI calls per node (measured ~4 us/node); the query runs the walk in C and hands back
 * only the nodes the analyses need. Parser input is {@code parseString} (the byte-array entry point crashed the
 * JVM in our measurements); tree and cursor are closed before this returns.
 */
final class TreeBuilder {

    private record Key(Kind kind, int start, int end) {
    }

    private record Pending(Kind kind, int start, int end, Map<String, int[]> slots) {
    }

    private static final Comparator<Pending> NESTING = Comparator.comparingInt(Pending::start)
            .thenComparing(Comparator.comparingInt(Pending::end).reversed())
            .thenComparingInt(p -> p.kind().ordinal());

    private TreeBuilder() {
    }

    static SyntaxTree build(Grammars.Loaded grammar, TSParser parser, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Map<Key, Pending> pending = new HashMap<>();
        int firstError = Integer.MAX_VALUE;
        try (TSTree tree = parser.parseString(null, text)) {
            TSNode root = tree.getRootNode();
            boolean hasError = root.hasError();
            try (TSQueryCursor cursor = new TSQueryCursor()) {
                cursor.exec(grammar.query(), root, text);
                TSQueryMatch match = new TSQueryMatch();
                while (cursor.nextMatch(match)) {
                    TSQueryCapture[] captures = match.getCaptures();
                    Pending primary = null;
                    int[][] ranges = new int[captures.length][];
                    for (int i = 0; i < captures.length; i++) {
                        TSNode node = captures[i].getNode();
                        ranges[i] = new int[] {node.getStartByte(), node.getEndByte()};
                        Grammars.Capture meaning = grammar.captures()[captures[i].getIndex()];
                        if (meaning.kind() == null) {
                            firstError = Math.min(firstError, ranges[i][0]);
                        } else if (meaning.slot() == null) {
                            Key key = new Key(meaning.kind(), ranges[i][0], ranges[i][1]);
                            primary = pending.computeIfAbsent(key,
                                    k -> new Pending(k.kind(), k.start(), k.end(), new HashMap<>()));
                        }
                    }
                    if (primary != null) {
                        for (int i = 0; i < captures.length; i++) {
                            Grammars.Capture meaning = grammar.captures()[captures[i].getIndex()];
                            if (meaning.kind() != null && meaning.slot() != null) {
                                primary.slots().putIfAbsent(meaning.slot(), ranges[i]);
                            }
                        }
                    }
                }
            }
            if (hasError && firstError == Integer.MAX_VALUE) {
                firstError = 0;
            }
        }
        SyntaxTree syntax = new SyntaxTree(path, grammar.language(), text, bytes,
                firstError == Integer.MAX_VALUE ? 0 : 1 + lineIndex(bytes, firstError));
        nest(syntax, pending.values());
        return syntax;
    }

    private static void nest(SyntaxTree syntax, java.util.Collection<Pending> captured) {
        List<Pending> ordered = new ArrayList<>(captured);
        ordered.sort(NESTING);
        Deque<Node> open = new ArrayDeque<>();
        for (Pending p : ordered) {
            Node node = new Node(syntax, p.kind(), p.start(), p.end());
            p.slots().forEach((name, range) -> node.slot(name, range[0], range[1]));
            while (!open.isEmpty() && !(open.peek().start() <= p.start() && p.end() <= open.peek().end())) {
                open.pop();
            }
            syntax.add(node, open.peek());
            open.push(node);
        }
    }

    private static int lineIndex(byte[] bytes, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
