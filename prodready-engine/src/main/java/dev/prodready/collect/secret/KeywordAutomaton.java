package dev.prodready.collect.secret;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Aho-Corasick over ASCII keywords, case-insensitive, as a full transition table: one array read per input
 * character. Characters that occur in no keyword (and all non-ASCII) share one class that leads to the root.
 */
final class KeywordAutomaton {

    /** Receives each keyword occurrence: the keyword's index and the offset where it starts. */
    @FunctionalInterface
    interface HitSink {
        void hit(int keyword, int start);
    }

    private final byte[] classOf = new byte[128];
    private final int classes;
    /** Transitions by row offset (state * classes); a negative entry (~offset) enters a state with output. */
    private final int[] table;
    private final int[][] outputs;
    private final int[] lengths;

    KeywordAutomaton(List<String> keywords) {
        int next = 1;
        for (String keyword : keywords) {
            if (keyword.isEmpty()) {
                throw new IllegalArgumentException("empty keyword");
            }
            for (char c : keyword.toCharArray()) {
                if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                    throw new IllegalArgumentException("keywords must be lower-case ASCII: " + keyword);
                }
                if (classOf[c] == 0) {
                    if (next > 127) {
                        throw new IllegalArgumentException("too many distinct keyword characters");
                    }
                    classOf[c] = (byte) next++;
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            classOf[c] = classOf[c + ('a' - 'A')];
        }
        classes = next;
        lengths = keywords.stream().mapToInt(String::length).toArray();

        List<int[]> go = new ArrayList<>();
        List<int[]> own = new ArrayList<>();
        go.add(newRow());
        own.add(new int[0]);
        for (int k = 0; k < keywords.size(); k++) {
            int state = 0;
            for (char c : keywords.get(k).toCharArray()) {
                int cls = classOf[c];
                if (go.get(state)[cls] <= 0) {
                    go.get(state)[cls] = go.size();
                    go.add(newRow());
                    own.add(new int[0]);
                }
                state = go.get(state)[cls];
            }
            int[] out = own.get(state);
            int[] grown = Arrays.copyOf(out, out.length + 1);
            grown[out.length] = k;
            own.set(state, grown);
        }

        int states = go.size();
        int[] delta = new int[states * classes];
        outputs = new int[states][];
        int[] fail = new int[states];
        Deque<Integer> queue = new ArrayDeque<>();
        outputs[0] = own.get(0);
        for (int cls = 0; cls < classes; cls++) {
            int child = cls == 0 ? 0 : Math.max(go.get(0)[cls], 0);
            delta[cls] = child;
            if (child > 0) {
                fail[child] = 0;
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int[] merged = own.get(state);
            int[] inherited = outputs[fail[state]];
            if (inherited.length > 0) {
                merged = Arrays.copyOf(merged, merged.length + inherited.length);
                System.arraycopy(inherited, 0, merged, own.get(state).length, inherited.length);
            }
            outputs[state] = merged;
            for (int cls = 0; cls < classes; cls++) {
                int child = cls == 0 ? 0 : go.get(state)[cls];
                if (child > 0) {
                    fail[child] = delta[fail[state] * classes + cls];
                    delta[state * classes + cls] = child;
                    queue.add(child);
                } else {
                    delta[state * classes + cls] = delta[fail[state] * classes + cls];
                }
            }
        }
        table = new int[delta.length];
        for (int i = 0; i < delta.length; i++) {
            int target = delta[i];
            table[i] = outputs[target].length > 0 ? ~(target * classes) : target * classes;
        }
    }

    private int[] newRow() {
        return new int[128];
    }

    int keywordLength(int keyword) {
        return lengths[keyword];
    }

    void scan(CharSequence text, HitSink sink) {
        int row = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int next = table[row + (c < 128 ? classOf[c] : 0)];
            if (next >= 0) {
                row = next;
            } else {
                row = ~next;
                emit(row, i, sink);
            }
        }
    }

    void scan(byte[] bytes, int length, HitSink sink) {
        int row = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i];
            int next = table[row + (b >= 0 ? classOf[b] : 0)];
            if (next >= 0) {
                row = next;
            } else {
                row = ~next;
                emit(row, i, sink);
            }
        }
    }

    private void emit(int row, int end, HitSink sink) {
        for (int k : outputs[row / classes]) {
            sink.hit(k, end - lengths[k] + 1);
        }
    }
}
