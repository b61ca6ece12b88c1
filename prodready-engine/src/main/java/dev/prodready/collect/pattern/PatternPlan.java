package dev.prodready.collect.pattern;

import dev.prodready.collect.text.KeywordAutomaton;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The patterns compiled for scanning: one keyword automaton over every keyword of every pattern, and each
 * distinct set of file globs compiled once and indexed, so a path costs a few map look-ups.
 */
final class PatternPlan {

    final List<ContentPattern> patterns;
    final KeywordAutomaton automaton;
    /** For each keyword id of the automaton, the patterns it gates. */
    private final int[][] patternsOfKeyword;
    /** For each distinct glob set, the patterns that use it. */
    private final List<BitSet> patternsOfGlobSet;
    private final GlobIndex<Integer> globSets;

    PatternPlan(List<ContentPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
        Map<List<String>, BitSet> byGlobSet = new LinkedHashMap<>();
        for (int p = 0; p < patterns.size(); p++) {
            ContentPattern pattern = patterns.get(p);
            for (String keyword : pattern.keywords()) {
                List<Integer> gated = byKeyword.computeIfAbsent(keyword.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                if (!gated.contains(p)) {
                    gated.add(p);
                }
            }
            byGlobSet.computeIfAbsent(pattern.files(), k -> new BitSet()).set(p);
        }
        this.automaton = KeywordAutomaton.of(new ArrayList<>(byKeyword.keySet()));
        this.patternsOfKeyword = byKeyword.values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.patternsOfGlobSet = new ArrayList<>(byGlobSet.values());
        this.globSets = new GlobIndex<>();
        int set = 0;
        for (List<String> globs : byGlobSet.keySet()) {
            for (String glob : globs) {
                globSets.add(Glob.of(glob), set);
            }
            set++;
        }
    }

    /** The patterns whose file globs match {@code path}. */
    BitSet applicable(String path) {
        BitSet result = new BitSet(patterns.size());
        for (int set : globSets.matching(path)) {
            result.or(patternsOfGlobSet.get(set));
        }
        return result;
    }

    /** The patterns a keyword (automaton id) gates. */
    int[] patternsOf(int keyword) {
        return patternsOfKeyword[keyword];
    }
}
