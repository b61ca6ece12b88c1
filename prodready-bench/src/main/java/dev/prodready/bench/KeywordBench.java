package dev.prodready.bench;

import dev.prodready.collect.text.KeywordAutomaton;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link KeywordAutomaton} against the two obvious ways of finding ~150 literal keywords in a 5 KB TSX file,
 * ignoring case: one case-insensitive regex alternation, and {@code contains} of each keyword over the
 * lower-cased text (lower-casing included, since the automaton reads the text as it is).
 *
 * <p>Groups: {@code any_*} answers "does any keyword occur?" (the gate of every text collector);
 * {@code all_*} answers "which keywords occur?" (the ids, as {@link KeywordAutomaton#find} gives them).
 * The {@code text} parameter is a component with no keyword ({@code none}, the common case: the whole text is
 * read) or with three ({@code few}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeywordBench {

    @Param({"none", "few"})
    public String text;

    private String source;
    private List<String> keywords;
    private String[] lowerKeywords;
    private KeywordAutomaton automaton;
    private Pattern alternation;
    private Map<String, Integer> idOfLower;

    @Setup
    public void setUp() {
        keywords = Corpus.keywords();
        source = Corpus.component(42, 5_000, text.equals("few"));
        automaton = KeywordAutomaton.of(keywords);
        lowerKeywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        StringBuilder regex = new StringBuilder();
        for (String k : keywords) {
            regex.append(regex.length() == 0 ? "" : "|").append(Pattern.quote(k));
        }
        alternation = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        idOfLower = new HashMap<>();
        for (int k = lowerKeywords.length - 1; k >= 0; k--) {
            idOfLower.put(lowerKeywords[k], k);
        }
        // The three ways must agree on the input, or the comparison means nothing.
        boolean any = automaton.anyIn(source);
        if (any != text.equals("few") || any != any_regex() || any != any_contains()) {
            throw new IllegalStateException("the peers disagree on whether a keyword occurs (text=" + text + ")");
        }
        if (!all_engine().equals(all_contains())) {
            throw new IllegalStateException("automaton " + all_engine() + " vs contains " + all_contains());
        }
    }

    @Benchmark
    public boolean any_engine() {
        return automaton.anyIn(source);
    }

    @Benchmark
    public boolean any_regex() {
        return alternation.matcher(source).find();
    }

    @Benchmark
    public boolean any_contains() {
        String lower = source.toLowerCase(Locale.ROOT);
        for (String k : lowerKeywords) {
            if (lower.contains(k)) {
                return true;
            }
        }
        return false;
    }

    @Benchmark
    public BitSet all_engine() {
        BitSet found = new BitSet(lowerKeywords.length);
        automaton.scan(source, (k, start, end) -> {
            found.set(k);
            return true;
        });
        return found;
    }

    /** The same automaton walked over the text as one stream (the engine walks two halves at once). */
    @Benchmark
    public BitSet all_oneStream() {
        BitSet found = new BitSet(lowerKeywords.length);
        automaton.scanInOneStream(source, (k, start, end) -> {
            found.set(k);
            return true;
        });
        return found;
    }

    /** Non-overlapping leftmost matches only, so it may miss a keyword inside another: a lower bound of the work. */
    @Benchmark
    public BitSet all_regex() {
        BitSet found = new BitSet(lowerKeywords.length);
        Matcher m = alternation.matcher(source);
        while (m.find()) {
            Integer id = idOfLower.get(m.group().toLowerCase(Locale.ROOT));
            if (id != null) {
                found.set(id);
            }
        }
        return found;
    }

    @Benchmark
    public BitSet all_contains() {
        BitSet found = new BitSet(lowerKeywords.length);
        String lower = source.toLowerCase(Locale.ROOT);
        for (int k = 0; k < lowerKeywords.length; k++) {
            if (lower.contains(lowerKeywords[k])) {
                found.set(k);
            }
        }
        return found;
    }
}
