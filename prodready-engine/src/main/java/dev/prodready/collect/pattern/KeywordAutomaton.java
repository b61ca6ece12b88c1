package dev.prodready.collect.pattern;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * Aho-Corasick over a fixed set of literal keywords, ignoring case: one pass over a text finds every
 * occurrence of every keyword. Built as a full transition table (a DFA), so the scan is one array read per
 * character. Characters that occur in no keyword send the automaton back to its start.
 */
public final class KeywordAutomaton {

    /** Receives each occurrence; return false to stop the scan. */
    @FunctionalInterface
    public interface Hits {
        boolean hit(int keyword, int start, int end);
    }

    private final String[] keywords;
    private final int[] lengths;
    /** Non-ASCII characters that occur in keywords, sorted; their alphabet index is 128 + position. */
    private final char[] extra;
    private final int alphabet;
    private final int[] next;
    private final int[][] outputs;

    private KeywordAutomaton(String[] keywords, char[] extra, int[] next, int[][] outputs) {
        this.keywords = keywords;
        this.lengths = Arrays.stream(keywords).mapToInt(String::length).toArray();
        this.extra = extra;
        this.alphabet = 128 + extra.length;
        this.next = next;
        this.outputs = outputs;
    }

    /**
     * @param keywords non-empty literal strings; duplicates (ignoring case) are allowed and each id reports
     * @throws IllegalArgumentException for an empty keyword
     */
    public static KeywordAutomaton of(List<String> keywords) {
        String[] folded = new String[keywords.size()];
        TreeSet<Character> nonAscii = new TreeSet<>();
        int totalChars = 0;
        for (int k = 0; k < folded.length; k++) {
            String word = keywords.get(k);
            if (word == null || word.isEmpty()) {
                throw new IllegalArgumentException("empty keyword at position " + k);
            }
            StringBuilder f = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = fold(word.charAt(i));
                if (c >= 128) {
                    nonAscii.add(c);
                }
                f.append(c);
            }
            folded[k] = f.toString();
            totalChars += word.length();
        }
        char[] extra = new char[nonAscii.size()];
        int e = 0;
        for (char c : nonAscii) {
            extra[e++] = c;
        }
        int alphabet = 128 + extra.length;
        int maxStates = totalChars + 1;
        int[] next = new int[maxStates * alphabet];
        Arrays.fill(next, -1);
        int[][] outputs = new int[maxStates][];
        int states = 1;
        for (int k = 0; k < folded.length; k++) {
            int state = 0;
            for (int i = 0; i < folded[k].length(); i++) {
                int a = symbol(folded[k].charAt(i), extra);
                int slot = state * alphabet + a;
                if (next[slot] < 0) {
                    next[slot] = states++;
                }
                state = next[slot];
            }
            outputs[state] = append(outputs[state], k);
        }
        // Breadth-first: complete the transition table with failure moves and merge outputs along failure links.
        int[] failure = new int[states];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int a = 0; a < alphabet; a++) {
            int child = next[a];
            if (child < 0) {
                next[a] = 0;
            } else {
                failure[child] = 0;
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int fail = failure[state];
            if (outputs[fail] != null) {
                for (int k : outputs[fail]) {
                    outputs[state] = append(outputs[state], k);
                }
            }
            for (int a = 0; a < alphabet; a++) {
                int slot = state * alphabet + a;
                int child = next[slot];
                if (child < 0) {
                    next[slot] = next[fail * alphabet + a];
                } else {
                    failure[child] = next[fail * alphabet + a];
                    queue.add(child);
                }
            }
        }
        return new KeywordAutomaton(folded, extra, Arrays.copyOf(next, states * alphabet),
                Arrays.copyOf(outputs, states));
    }

    public int size() {
        return keywords.length;
    }

    /** The keyword with this id, folded to lower case. */
    public String keyword(int id) {
        return keywords[id];
    }

    /** The ids of the keywords that occur anywhere in {@code text}. */
    public BitSet find(CharSequence text) {
        BitSet found = new BitSet(keywords.length);
        int state = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            state = step(state, text.charAt(i));
            int[] out = outputs[state];
            if (out != null) {
                for (int k : out) {
                    found.set(k);
                }
            }
        }
        return found;
    }

    /** Reports every occurrence, as [start, end) offsets into {@code text}, in the order the scan meets their ends. */
    public void scan(CharSequence text, Hits hits) {
        int state = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            state = step(state, text.charAt(i));
            int[] out = outputs[state];
            if (out != null) {
                for (int k : out) {
                    if (!hits.hit(k, i + 1 - lengths[k], i + 1)) {
                        return;
                    }
                }
            }
        }
    }

    private int step(int state, char c) {
        int a;
        if (c < 128) {
            a = c >= 'A' && c <= 'Z' ? c + 32 : c;
        } else {
            if (extra.length == 0) {
                return 0;
            }
            int pos = Arrays.binarySearch(extra, Character.toLowerCase(c));
            if (pos < 0) {
                return 0;
            }
            a = 128 + pos;
        }
        return next[state * alphabet + a];
    }

    private static int symbol(char folded, char[] extra) {
        return folded < 128 ? folded : 128 + Arrays.binarySearch(extra, folded);
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static int[] append(int[] array, int value) {
        if (array == null) {
            return new int[] {value};
        }
        for (int v : array) {
            if (v == value) {
                return array;
            }
        }
        int[] grown = Arrays.copyOf(array, array.length + 1);
        grown[array.length] = value;
        return grown;
    }
}
