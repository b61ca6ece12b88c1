package dev.prodready.collect.pattern;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * Aho-Corasick over a fixed set of literal keywords, ignoring case: one pass over a text finds every
 * occurrence of every keyword. Built as a full transition table (a DFA) over character classes (one class
 * per distinct keyword character, one for every other character), so the scan is two array reads per
 * character and the table stays small enough for the cache. Characters that occur in no keyword send the
 * automaton back to its start.
 */
public final class KeywordAutomaton {

    /** Receives each occurrence; return false to stop the scan. */
    @FunctionalInterface
    public interface Hits {
        boolean hit(int keyword, int start, int end);
    }

    private final String[] keywords;
    private final int[] lengths;
    /** The class of each ASCII character, upper case folded; 0 = in no keyword. */
    private final int[] asciiClass;
    /** Non-ASCII characters that occur in keywords (folded), sorted, and their classes. */
    private final char[] extra;
    private final int[] extraClass;
    private final int alphabet;
    private final int[] next;
    private final int[][] outputs;

    private KeywordAutomaton(String[] keywords, int[] asciiClass, char[] extra, int[] extraClass, int alphabet,
                             int[] next, int[][] outputs) {
        this.keywords = keywords;
        this.lengths = Arrays.stream(keywords).mapToInt(String::length).toArray();
        this.asciiClass = asciiClass;
        this.extra = extra;
        this.extraClass = extraClass;
        this.alphabet = alphabet;
        this.next = next;
        this.outputs = outputs;
    }

    /**
     * @param keywords non-empty literal strings; duplicates (ignoring case) are allowed and each id reports
     * @throws IllegalArgumentException for an empty keyword
     */
    public static KeywordAutomaton of(List<String> keywords) {
        String[] folded = new String[keywords.size()];
        TreeSet<Character> used = new TreeSet<>();
        int totalChars = 0;
        for (int k = 0; k < folded.length; k++) {
            String word = keywords.get(k);
            if (word == null || word.isEmpty()) {
                throw new IllegalArgumentException("empty keyword at position " + k);
            }
            StringBuilder f = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = fold(word.charAt(i));
                used.add(c);
                f.append(c);
            }
            folded[k] = f.toString();
            totalChars += word.length();
        }
        int[] asciiClass = new int[128];
        List<Character> nonAscii = new java.util.ArrayList<>();
        int classes = 1;
        for (char c : used) {
            if (c < 128) {
                asciiClass[c] = classes++;
            } else {
                nonAscii.add(c);
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            asciiClass[c] = asciiClass[c + 32];
        }
        char[] extra = new char[nonAscii.size()];
        int[] extraClass = new int[nonAscii.size()];
        for (int e = 0; e < extra.length; e++) {
            extra[e] = nonAscii.get(e);
            extraClass[e] = classes++;
        }
        int alphabet = classes;
        int maxStates = totalChars + 1;
        int[] next = new int[maxStates * alphabet];
        Arrays.fill(next, -1);
        int[][] outputs = new int[maxStates][];
        int states = 1;
        for (int k = 0; k < folded.length; k++) {
            int state = 0;
            for (int i = 0; i < folded[k].length(); i++) {
                int a = classOf(folded[k].charAt(i), asciiClass, extra, extraClass);
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
        return new KeywordAutomaton(folded, asciiClass, extra, extraClass, alphabet,
                Arrays.copyOf(next, states * alphabet), Arrays.copyOf(outputs, states));
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
            a = asciiClass[c];
        } else {
            if (extra.length == 0) {
                return 0;
            }
            int pos = Arrays.binarySearch(extra, Character.toLowerCase(c));
            if (pos < 0) {
                return 0;
            }
            a = extraClass[pos];
        }
        return next[state * alphabet + a];
    }

    private static int classOf(char folded, int[] asciiClass, char[] extra, int[] extraClass) {
        return folded < 128 ? asciiClass[folded] : extraClass[Arrays.binarySearch(extra, folded)];
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
