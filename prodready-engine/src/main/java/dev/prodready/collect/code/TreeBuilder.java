package dev.prodready.collect.code;

import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the query's matches over one file into a {@link SyntaxTree}. Walking the native tree node by node from Java
 * costs several JNI calls per node (measured ~4 us/node); the query runs the walk in C and hands back only the nodes
 * the analyses need. Both parser paths deliver the matches in one flat form ({@link #build}): our native runtime in
 * one JNI call per file, the binding through its cursor objects ({@link #bindingMatches}).
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

    /**
     * The syntax tree from the flat matches {hasError, then per match: capture count, then (captureId, startByte,
     * endByte) per capture}, in the cursor's match order.
     */
    static SyntaxTree build(Grammars.Loaded grammar, String path, String text, byte[] bytes, int[] matches) {
        Map<Key, Pending> pending = new HashMap<>();
        Grammars.Capture[] meanings = grammar.captures();
        int firstError = Integer.MAX_VALUE;
        boolean hasError = matches[0] != 0;
        int at = 1;
        while (at < matches.length) {
            int count = matches[at++];
            int first = at;
            Pending primary = null;
            for (int i = 0; i < count; i++, at += 3) {
                Grammars.Capture meaning = meanings[matches[at]];
                int start = matches[at + 1];
                if (meaning.kind() == null) {
                    firstError = Math.min(firstError, start);
                } else if (meaning.slot() == null) {
                    Key key = new Key(meaning.kind(), start, matches[at + 2]);
                    primary = pending.computeIfAbsent(key,
                            k -> new Pending(k.kind(), k.start(), k.end(), new HashMap<>()));
                }
            }
            if (primary != null) {
                for (int c = first; c < at; c += 3) {
                    Grammars.Capture meaning = meanings[matches[c]];
                    if (meaning.kind() != null && meaning.slot() != null) {
                        primary.slots().putIfAbsent(meaning.slot(), new int[] {matches[c + 1], matches[c + 2]});
                    }
                }
            }
        }
        if (hasError && firstError == Integer.MAX_VALUE) {
            firstError = 0;
        }
        SyntaxTree syntax = new SyntaxTree(path, grammar.language(), text, bytes,
                firstError == Integer.MAX_VALUE ? 0 : 1 + lineIndex(bytes, firstError));
        nest(syntax, pending.values());
        return syntax;
    }

    /**
     * Parses through the io.github.bonede binding and returns the matches in {@link #build}'s flat form. Parser
     * input is {@code parseString} (the byte-array entry point crashed the JVM in our measurements); tree and cursor
     * are closed before this returns.
     */
    static int[] bindingMatches(TSParser parser, TSQuery query, String text) {
        IntList out = new IntList();
        try (TSTree tree = parser.parseString(null, text)) {
            TSNode root = tree.getRootNode();
            out.add(root.hasError() ? 1 : 0);
            try (TSQueryCursor cursor = new TSQueryCursor()) {
                cursor.exec(query, root, text);
                TSQueryMatch match = new TSQueryMatch();
                while (cursor.nextMatch(match)) {
                    TSQueryCapture[] captures = match.getCaptures();
                    out.add(captures.length);
                    for (TSQueryCapture capture : captures) {
                        TSNode node = capture.getNode();
                        out.add(capture.getIndex());
                        out.add(node.getStartByte());
                        out.add(node.getEndByte());
                    }
                }
            }
        }
        return out.toArray();
    }

    /** A growable int array (the binding path's match buffer). */
    private static final class IntList {
        private int[] data = new int[256];
        private int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
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
