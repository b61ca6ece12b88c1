package dev.prodready.collect.code;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds whether any of a set of keywords occurs in a text, ignoring ASCII case, in one pass (Aho-Corasick). The
 * trigger check runs over every source file, so it must cost far less than parsing; a regular expression with a
 * hundred alternatives cost more than the parse itself on files that match none.
 */
final class KeywordSet {

    private static final class State {
        final Map<Character, State> next = new HashMap<>();
        State fail;
        boolean terminal;
    }

    private final State root = new State();

    KeywordSet(List<String> keywords) {
        for (String keyword : keywords) {
            State at = root;
            for (char c : keyword.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                at = at.next.computeIfAbsent(c, k -> new State());
            }
            at.terminal = true;
        }
        Deque<State> queue = new ArrayDeque<>();
        for (State child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            State s = queue.poll();
            for (Map.Entry<Character, State> e : s.next.entrySet()) {
                State child = e.getValue();
                State f = s.fail;
                while (f != null && !f.next.containsKey(e.getKey())) {
                    f = f.fail;
                }
                child.fail = f == null ? root : f.next.get(e.getKey());
                child.terminal |= child.fail.terminal;
                queue.add(child);
            }
        }
    }

    boolean anyIn(CharSequence text) {
        State at = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            while (at != root && !at.next.containsKey(c)) {
                at = at.fail;
            }
            State n = at.next.get(c);
            if (n != null) {
                at = n;
                if (at.terminal) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>();
        words.forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
