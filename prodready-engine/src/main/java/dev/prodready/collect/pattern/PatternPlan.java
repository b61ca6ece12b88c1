package dev.prodready.collect.pattern;

import dev.prodready.collect.text.KeywordAutomaton;
import dev.prodready.collect.text.RegexGate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The patterns compiled for scanning: each distinct set of file globs compiled once and indexed, so a path costs a
 * few map look-ups; and for each distinct set of patterns that apply to a path, one keyword automaton over just
 * their keywords ({@link Gate}), built on first use. A keyword of a pattern that cannot apply to the file (an
 * {@code =} meant for .env files, met on every line of code) then costs nothing.
 */
final class PatternPlan {

    final List<ContentPattern> patterns;
    /** Per pattern: its regex can only match at the start of a line, so one attempt there decides. */
    final boolean[] anchored;
    /** For each distinct glob set, the patterns that use it. */
    private final List<BitSet> patternsOfGlobSet;
    private final GlobIndex<Integer> globSets;
    private final Map<BitSet, Gate> gates = new ConcurrentHashMap<>();

    /** The keywords of some patterns in one automaton, and for each keyword id the patterns it gates. */
    static final class Gate {
        final KeywordAutomaton automaton;
        private final int[][] patternsOfKeyword;

        private Gate(List<ContentPattern> patterns, BitSet applicable) {
            Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
            applicable.stream().forEach(p -> {
                for (String keyword : patterns.get(p).keywords()) {
                    List<Integer> gated = byKeyword.computeIfAbsent(keyword.toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>());
                    if (!gated.contains(p)) {
                        gated.add(p);
                    }
                }
            });
            this.automaton = KeywordAutomaton.of(new ArrayList<>(byKeyword.keySet()));
            this.patternsOfKeyword = byKeyword.values().stream()
                    .map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }

        /** The patterns a keyword (automaton id) gates. */
        int[] patternsOf(int keyword) {
            return patternsOfKeyword[keyword];
        }
    }

    PatternPlan(List<ContentPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.anchored = new boolean[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            anchored[p] = RegexGate.anchoredAtStart(patterns.get(p).regex());
        }
        Map<List<String>, BitSet> byGlobSet = new LinkedHashMap<>();
        for (int p = 0; p < patterns.size(); p++) {
            byGlobSet.computeIfAbsent(patterns.get(p).files(), k -> new BitSet()).set(p);
        }
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

    /** The patterns whose file globs match {@code path}. Not to be changed: it may be shared. */
    BitSet applicable(String path) {
        List<Integer> sets = globSets.matching(path);
        // The index hands back one list for all files of a folder and extension: remember its union by identity.
        Applicable known = lastApplicable.get();
        if (known != null && known.sets() == sets) {
            return known.patterns();
        }
        BitSet result = new BitSet(patterns.size());
        for (int set : sets) {
            result.or(patternsOfGlobSet.get(set));
        }
        lastApplicable.set(new Applicable(sets, result));
        return result;
    }

    private record Applicable(List<Integer> sets, BitSet patterns) {
    }

    /** Each thread's last answer: a one-entry cache, as a thread sees files folder by folder. */
    private final ThreadLocal<Applicable> lastApplicable = new ThreadLocal<>();

    /** The keyword gate of exactly these patterns (a set {@link #applicable} returned; not changed after). */
    Gate gate(BitSet applicable) {
        return gates.computeIfAbsent(applicable, a -> new Gate(patterns, a));
    }
}
