package dev.prodready.collect.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several keyword automata walked over a text as one: an automaton of all their keywords, and for each of its
 * keywords the automata (parts) that have it and under which id. One walk then gives each part exactly the hits
 * its own scan would, in the same order, so collectors that look for different words in the same file pay for
 * one pass over it instead of one each.
 */
public final class KeywordUnion {

    private final List<KeywordAutomaton> parts;
    private final KeywordAutomaton all;
    /** Per keyword of {@link #all}: flattened (part index, keyword id in that part) pairs. */
    private final int[][] owners;

    private KeywordUnion(List<KeywordAutomaton> parts, KeywordAutomaton all, int[][] owners) {
        this.parts = parts;
        this.all = all;
        this.owners = owners;
    }

    /** @param parts distinct automata (by identity); their keywords are compared folded, as the automata fold them */
    public static KeywordUnion of(List<KeywordAutomaton> parts) {
        Map<String, List<Integer>> byWord = new LinkedHashMap<>();
        Map<KeywordAutomaton, Boolean> seen = new IdentityHashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            KeywordAutomaton part = parts.get(p);
            if (seen.put(part, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("the same automaton twice in a union");
            }
            for (int k = 0; k < part.size(); k++) {
                List<Integer> owned = byWord.computeIfAbsent(part.keyword(k), w -> new ArrayList<>());
                owned.add(p);
                owned.add(k);
            }
        }
        int[][] owners = byWord.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        return new KeywordUnion(List.copyOf(parts), KeywordAutomaton.of(new ArrayList<>(byWord.keySet())), owners);
    }

    public List<KeywordAutomaton> parts() {
        return parts;
    }

    /** Each part's hits in {@code text}, by the part's position: one walk over the text for all of them. */
    public KeywordHits[] scan(CharSequence text) {
        KeywordHits[] hits = new KeywordHits[parts.size()];
        for (int p = 0; p < hits.length; p++) {
            hits[p] = new KeywordHits();
        }
        all.scan(text, (keyword, start, end) -> {
            int[] owned = owners[keyword];
            for (int o = 0; o < owned.length; o += 2) {
                hits[owned[o]].add(owned[o + 1], start, end);
            }
            return true;
        });
        for (KeywordHits h : hits) {
            h.normalise();
        }
        return hits;
    }
}
