package dev.prodready.collect.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Aho-Corasick over a fixed set of literal keywords, ignoring case: one pass over a text finds every occurrence
 * of every keyword. The one keyword scanner of the engine: content patterns, file signals, documents, secrets and
 * the code analysis's triggers all gate their regular expressions and parsers with it.
 *
 * <p>Built as a full transition table (a DFA) over character classes, one class per distinct keyword character
 * and class 0 for every other character, so a step is two array reads. A table entry holds the next state's row
 * offset, negated ({@code ~offset}) when that state ends a keyword, so the scan loop tests one sign instead of
 * looking up outputs on every character. Characters that occur in no keyword send the automaton back to its start.
 */
public final class KeywordAutomaton {

    /** Receives each occurrence as [start, end) offsets; return false to stop the scan. */
    @FunctionalInterface
    public interface Hits {
        boolean hit(int keyword, int start, int end);
    }

    private final String[] keywords;
    private final int[] lengths;
    /** The longest keyword's length (0 for none). */
    private final int maxLength;
    /** The class of each ASCII character, upper case folded; 0 = in no keyword. */
    private final int[] asciiClass;
    /** Non-ASCII characters that occur in keywords (folded), sorted, and their classes. */
    private final char[] extra;
    private final int[] extraClass;
    private final int alphabet;
    /** Row offsets (state * alphabet), negated for states that end a keyword. */
    private final int[] table;
    /** Keyword ids ending at each state (merged along failure links), by state. */
    private final int[][] outputs;

    private KeywordAutomaton(String[] keywords, int[] asciiClass, char[] extra, int[] extraClass, int alphabet,
                             int[] table, int[][] outputs) {
        this.keywords = keywords;
        this.lengths = Arrays.stream(keywords).mapToInt(String::length).toArray();
        this.maxLength = Arrays.stream(lengths).max().orElse(0);
        this.asciiClass = asciiClass;
        this.extra = extra;
        this.extraClass = extraClass;
        this.alphabet = alphabet;
        this.table = table;
        this.outputs = outputs;
    }

    /**
     * @param keywords literal strings; duplicates (ignoring case) are allowed and each id reports. An empty list
     *                 gives an automaton that finds nothing.
     * @throws IllegalArgumentException for an empty or null keyword
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
        List<Character> nonAscii = new ArrayList<>();
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
        complete(next, outputs, states, alphabet);
        int[] table = table(next, outputs, states, alphabet);
        return new KeywordAutomaton(folded, asciiClass, extra, extraClass, alphabet, table,
                Arrays.copyOf(outputs, states));
    }

    /**
     * Breadth-first: completes the transitions with failure moves and merges outputs along failure links. Class 0
     * (a character in no keyword) always leads back to the start. Kept apart from {@link #of} (as is the table),
     * small and free of boxing: built once per keyword set, these loops run long enough for the JIT to compile
     * them, and a small method is cheap to compile.
     */
    private static void complete(int[] next, int[][] outputs, int states, int alphabet) {
        int[] failure = new int[states];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int a = 0; a < alphabet; a++) {
            int child = next[a];
            if (child <= 0) {
                next[a] = 0;
            } else {
                failure[child] = 0;
                queue[tail++] = child;
            }
        }
        while (head < tail) {
            int state = queue[head++];
            int fail = failure[state];
            if (outputs[fail] != null) {
                for (int k : outputs[fail]) {
                    outputs[state] = append(outputs[state], k);
                }
            }
            int row = state * alphabet;
            int failRow = fail * alphabet;
            next[row] = 0;
            for (int a = 1; a < alphabet; a++) {
                int child = next[row + a];
                if (child < 0) {
                    next[row + a] = next[failRow + a];
                } else {
                    failure[child] = next[failRow + a];
                    queue[tail++] = child;
                }
            }
        }
    }

    /** Row offsets, negated for states that end a keyword. */
    private static int[] table(int[] next, int[][] outputs, int states, int alphabet) {
        int[] table = new int[states * alphabet];
        for (int i = 0; i < table.length; i++) {
            int target = next[i];
            table[i] = outputs[target] != null ? ~(target * alphabet) : target * alphabet;
        }
        return table;
    }

    public int size() {
        return keywords.length;
    }

    /** The keyword with this id, folded to lower case. */
    public String keyword(int id) {
        return keywords[id];
    }

    public int length(int id) {
        return lengths[id];
    }

    /** The ids of the keywords that occur anywhere in {@code text}. */
    public BitSet find(CharSequence text) {
        BitSet found = new BitSet(keywords.length);
        scan(text, (k, start, end) -> {
            found.set(k);
            return true;
        });
        return found;
    }

    /**
     * Texts at least this long are scanned as two halves at once: a step of the automaton waits for the one before
     * (a table read whose address depends on the last), so one stream leaves the core idle between steps; two
     * independent streams fill those gaps ({@code KeywordBench}, 5 KB component without keywords: all_oneStream
     * 7.7 us, all_engine 4.1 us).
     */
    static final int SPLIT_AT = 512;

    /** Whether any keyword occurs in {@code text}; stops at the first. */
    public boolean anyIn(CharSequence text) {
        int n = text.length();
        if (n < SPLIT_AT) {
            return anyIn(text, 0, n);
        }
        // The second stream starts early enough to see a keyword that straddles the middle. The loops read the
        // tables through locals and classify ASCII inline: they are the engine's hottest code.
        int[] table = this.table;
        int[] ascii = this.asciiClass;
        int mid = n >>> 1;
        int from2 = Math.max(0, mid - (maxLength - 1));
        int row1 = 0;
        int row2 = 0;
        int i = 0;
        int j = from2;
        for (; i < mid && j < n; i++, j++) {
            char c1 = text.charAt(i);
            char c2 = text.charAt(j);
            row1 = table[row1 + (c1 < 128 ? ascii[c1] : wideClass(c1))];
            row2 = table[row2 + (c2 < 128 ? ascii[c2] : wideClass(c2))];
            if ((row1 | row2) < 0) {
                return true;
            }
        }
        return anyIn(text, i, mid, row1) || anyIn(text, j, n, row2);
    }

    private boolean anyIn(CharSequence text, int from, int to) {
        return anyIn(text, from, to, 0);
    }

    private boolean anyIn(CharSequence text, int from, int to, int startRow) {
        int[] table = this.table;
        int[] ascii = this.asciiClass;
        int row = startRow;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            row = table[row + (c < 128 ? ascii[c] : wideClass(c))];
            if (row < 0) {
                return true;
            }
        }
        return false;
    }

    /** Reports every occurrence in the order the scan meets their ends. */
    public void scan(CharSequence text, Hits hits) {
        int n = text.length();
        if (n < SPLIT_AT) {
            scan(text, 0, n, 0, -1, hits);
            return;
        }
        // Two streams at once: the first half reports as it goes; the second half's occurrences (those that end in
        // it) are held and reported after the first half's, so the order stays that of a single pass.
        int[] table = this.table;
        int[] ascii = this.asciiClass;
        int mid = n >>> 1;
        int from2 = Math.max(0, mid - (maxLength - 1));
        Held later = null;
        int row1 = 0;
        int row2 = 0;
        int i = 0;
        int j = from2;
        for (; i < mid && j < n; i++, j++) {
            char c1 = text.charAt(i);
            char c2 = text.charAt(j);
            row1 = table[row1 + (c1 < 128 ? ascii[c1] : wideClass(c1))];
            row2 = table[row2 + (c2 < 128 ? ascii[c2] : wideClass(c2))];
            if ((row1 | row2) < 0) {
                if (row1 < 0) {
                    row1 = ~row1;
                    if (!emit(row1, i, hits)) {
                        return;
                    }
                }
                if (row2 < 0) {
                    row2 = ~row2;
                    if (j >= mid) {
                        if (later == null) {
                            later = new Held();
                        }
                        later.add(row2, j);
                    }
                }
            }
        }
        row1 = scan(text, i, mid, row1, -1, hits);
        if (row1 < 0) {
            return;
        }
        for (int h = 0; later != null && h < later.size; h++) {
            if (!emit(later.rows[h], later.ends[h], hits)) {
                return;
            }
        }
        scan(text, j, n, row2, mid, hits);
    }

    /**
     * Walks {@code [from, to)} from a row, reporting occurrences that end at {@code reportFrom} or later.
     * @return the row reached, or -1 when the receiver stopped the scan
     */
    private int scan(CharSequence text, int from, int to, int startRow, int reportFrom, Hits hits) {
        int[] table = this.table;
        int[] ascii = this.asciiClass;
        int row = startRow;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            row = table[row + (c < 128 ? ascii[c] : wideClass(c))];
            if (row < 0) {
                row = ~row;
                if (i >= reportFrom && !emit(row, i, hits)) {
                    return -1;
                }
            }
        }
        return row;
    }

    /** A single-stream scan of the whole text: the reference the two-stream scan must equal (tests, benchmarks). */
    public void scanInOneStream(CharSequence text, Hits hits) {
        scan(text, 0, text.length(), 0, -1, hits);
    }

    /** End states met by the second stream, in order, until the first stream has reported (rarely any). */
    private static final class Held {
        private static final int[] NONE = {};
        int[] rows = NONE;
        int[] ends = NONE;
        int size;

        void add(int row, int end) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, Math.max(8, size * 2));
                ends = Arrays.copyOf(ends, Math.max(8, size * 2));
            }
            rows[size] = row;
            ends[size++] = end;
        }
    }

    /**
     * Scans raw bytes as ISO-8859-1 characters, for content not worth decoding (git blobs). Bytes above 127 are
     * in no keyword, so only ASCII keywords can be found this way.
     */
    public void scan(byte[] bytes, int length, Hits hits) {
        int row = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i];
            row = table[row + (b >= 0 ? asciiClass[b] : 0)];
            if (row < 0) {
                row = ~row;
                if (!emit(row, i, hits)) {
                    return;
                }
            }
        }
    }

    private boolean emit(int row, int last, Hits hits) {
        for (int k : outputs[row / alphabet]) {
            if (!hits.hit(k, last + 1 - lengths[k], last + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The class of a character above ASCII: the keywords' own non-ASCII characters, ignoring case; else 0. */
    private int wideClass(char c) {
        if (extra.length == 0) {
            return 0;
        }
        int pos = Arrays.binarySearch(extra, Character.toLowerCase(c));
        return pos < 0 ? 0 : extraClass[pos];
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
