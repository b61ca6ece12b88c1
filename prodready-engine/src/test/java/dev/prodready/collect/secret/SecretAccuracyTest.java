package dev.prodready.collect.secret;

import dev.prodready.fact.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall and precision of the whole rule set over the accuracy corpus, per provider and overall. A case is
 * one small file: a positive must raise its rule; any finding a case does not expect is a false positive.
 */
class SecretAccuracyTest {

    private static final RuleBook BOOK = RuleBook.builtIn();

    private static final class Tally {
        int truePositives;
        int falseNegatives;
        int falsePositives;

        double recall() {
            int all = truePositives + falseNegatives;
            return all == 0 ? 1.0 : (double) truePositives / all;
        }

        double precision() {
            int all = truePositives + falsePositives;
            return all == 0 ? 1.0 : (double) truePositives / all;
        }
    }

    @Test
    void recallAndPrecisionAreAtLeast98PercentOverall() throws Exception {
        List<SecretCorpus.Case> cases = SecretCorpus.load();
        long positives = cases.stream().filter(SecretCorpus.Case::positive).count();
        long negatives = cases.size() - positives;
        assertThat(positives).as("true-positive lines").isGreaterThanOrEqualTo(500);
        assertThat(negatives).as("near-miss negative lines").isGreaterThanOrEqualTo(500);

        SecretEngine engine = new SecretEngine(BOOK);
        ClientExposure exposure = new ClientExposure(BOOK.allowlist().clientEnvPrefixes(), false, false);
        FindingFactory factory = new FindingFactory(BOOK);
        Map<String, Tally> byProvider = new TreeMap<>();
        Tally overall = new Tally();
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (SecretCorpus.Case c : cases) {
            List<SecretMatch> found = engine.scan(c.path(), c.text(), exposure).matches();
            for (SecretMatch m : found) {
                assertNoLeak(factory.current(m, c.path(), null), m.secret());
            }
            if (c.positive()) {
                String provider = BOOK.rule(c.expectedRule()).orElseThrow(
                        () -> new AssertionError("corpus names unknown rule " + c.expectedRule())).provider();
                Tally t = byProvider.computeIfAbsent(provider, p -> new Tally());
                if (found.stream().anyMatch(m -> m.rule().id().equals(c.expectedRule()))) {
                    t.truePositives++;
                    overall.truePositives++;
                } else {
                    t.falseNegatives++;
                    overall.falseNegatives++;
                    misses.add(c.origin() + " -> " + found.stream().map(m -> m.rule().id()).toList()
                            + " | " + c.path() + " | " + c.text());
                }
            }
            for (SecretMatch m : found) {
                boolean expected = m.rule().id().equals(c.expectedRule()) || c.alsoAllowed().contains(m.rule().id())
                        || (c.positive() && m.rule().provider().equals(BOOK.rule(c.expectedRule()).orElseThrow().provider()));
                if (!expected) {
                    byProvider.computeIfAbsent(m.rule().provider(), p -> new Tally()).falsePositives++;
                    overall.falsePositives++;
                    falseAlarms.add(c.origin() + " raised " + m.rule().id() + " | " + c.path() + " | " + c.text());
                }
            }
        }

        StringBuilder report = new StringBuilder(String.format("%n%-18s %6s %6s %6s %8s %9s%n",
                "provider", "TP", "FN", "FP", "recall", "precision"));
        byProvider.forEach((p, t) -> report.append(String.format("%-18s %6d %6d %6d %7.1f%% %8.1f%%%n", p,
                t.truePositives, t.falseNegatives, t.falsePositives, 100 * t.recall(), 100 * t.precision())));
        report.append(String.format("%-18s %6d %6d %6d %7.1f%% %8.1f%%%n", "OVERALL", overall.truePositives,
                overall.falseNegatives, overall.falsePositives, 100 * overall.recall(), 100 * overall.precision()));
        report.append(String.format("cases: %d positive, %d negative%n", positives, negatives));
        misses.forEach(m -> report.append("MISS ").append(m).append('\n'));
        falseAlarms.forEach(f -> report.append("FALSE ").append(f).append('\n'));
        System.out.println(report);

        assertThat(overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.98);
        assertThat(overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.98);
    }

    static void assertNoLeak(Finding f, String secret) {
        assertThat(f.message()).doesNotContain(secret);
        assertThat(f.redacted()).doesNotContain(secret);
        assertThat(f.fingerprint()).doesNotContain(secret);
        assertThat(f.ruleId()).doesNotContain(secret);
        if (f.evidence().note() != null) {
            assertThat(f.evidence().note()).doesNotContain(secret);
        }
        assertThat(f.redacted().length()).isLessThan(Math.max(secret.length(), 9));
    }
}
