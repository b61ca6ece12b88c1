package dev.prodready.collect.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One walk for several automata gives each exactly what its own scan gives, in the same order. */
class KeywordUnionTest {

    @Test
    void eachPartGetsTheHitsOfItsOwnScanInTheSameOrder() {
        Random random = new Random(17);
        int compared = 0;
        for (int round = 0; round < 400; round++) {
            List<KeywordAutomaton> parts = new ArrayList<>();
            List<String> shared = List.of("ab", "b", "cab", "a_b");
            for (int p = 0, n = 2 + random.nextInt(4); p < n; p++) {
                List<String> words = new ArrayList<>();
                for (int w = 0, m = 1 + random.nextInt(6); w < m; w++) {
                    words.add(random.nextInt(3) == 0 ? shared.get(random.nextInt(shared.size()))
                            : randomString(random, "aAbBc_", 1 + random.nextInt(5)));
                }
                if (random.nextBoolean()) {
                    words.add(words.get(0).toUpperCase()); // the same word twice in one part, under two ids
                }
                parts.add(KeywordAutomaton.of(words));
            }
            String text = randomString(random, "aAbBc_ \n", round % 4 == 0 ? 600 + random.nextInt(600) : random.nextInt(80));
            KeywordHits[] together = KeywordUnion.of(parts).scan(text);
            for (int p = 0; p < parts.size(); p++) {
                KeywordHits alone = KeywordHits.of(parts.get(p), text);
                assertThat(together[p].toString()).as("round " + round + " part " + p).isEqualTo(alone.toString());
                compared += alone.size();
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    @Test
    void replayStopsWhenTheReceiverSaysSo() {
        KeywordAutomaton a = KeywordAutomaton.of(List.of("x"));
        KeywordHits hits = KeywordUnion.of(List.of(a, KeywordAutomaton.of(List.of("y")))).scan("x y x y x")[0];
        List<Integer> starts = new ArrayList<>();
        assertThat(hits.replay((k, start, end) -> starts.add(start) && starts.size() < 2)).isFalse();
        assertThat(starts).containsExactly(0, 4);
        assertThat(hits.size()).isEqualTo(3);
    }

    @Test
    void anAutomatonTwiceIsAMistake() {
        KeywordAutomaton a = KeywordAutomaton.of(List.of("x"));
        assertThatThrownBy(() -> KeywordUnion.of(List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
