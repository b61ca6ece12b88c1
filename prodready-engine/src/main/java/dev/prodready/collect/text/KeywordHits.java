package dev.prodready.collect.text;

import java.util.Arrays;

/**
 * The occurrences of one automaton's keywords in one text, in the order its own scan reports them (by end, and at
 * one end the longest first): what {@link KeywordAutomaton#scan} would say, kept so it can be replayed.
 */
public final class KeywordHits {

    private static final int[] NONE = {};

    private int[] keywords = NONE;
    private int[] starts = NONE;
    private int[] ends = NONE;
    private int size;

    KeywordHits() {
    }

    /** Every occurrence of the automaton's keywords in {@code text}, from a scan of its own. */
    public static KeywordHits of(KeywordAutomaton automaton, CharSequence text) {
        KeywordHits hits = new KeywordHits();
        automaton.scan(text, (k, start, end) -> {
            hits.add(k, start, end);
            return true;
        });
        return hits;
    }

    void add(int keyword, int start, int end) {
        if (size == keywords.length) {
            int grown = Math.max(8, size * 2);
            keywords = Arrays.copyOf(keywords, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
        }
        keywords[size] = keyword;
        starts[size] = start;
        ends[size++] = end;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Hands the occurrences to {@code receiver} in order until it returns false; false when it stopped early. */
    public boolean replay(KeywordAutomaton.Hits receiver) {
        for (int i = 0; i < size; i++) {
            if (!receiver.hit(keywords[i], starts[i], ends[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts the occurrences that share an end in the order a single automaton reports them: the longest (earliest
     * start) first, then by keyword id. A merged automaton meets them in its own order.
     */
    void normalise() {
        for (int i = 1; i < size; i++) {
            int k = keywords[i];
            int s = starts[i];
            int e = ends[i];
            int j = i - 1;
            while (j >= 0 && ends[j] == e && (starts[j] > s || starts[j] == s && keywords[j] > k)) {
                keywords[j + 1] = keywords[j];
                starts[j + 1] = starts[j];
                ends[j + 1] = ends[j];
                j--;
            }
            keywords[j + 1] = k;
            starts[j + 1] = s;
            ends[j + 1] = e;
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ", ").append(keywords[i]).append('@').append(starts[i]).append('-').append(ends[i]);
        }
        return out.append(']').toString();
    }
}
