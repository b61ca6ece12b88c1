package dev.prodready.collect.secret;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordAutomatonTest {

    @Test
    void findsEveryOccurrenceOfEveryKeywordIgnoringCaseLikeANaiveSearch() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<String> keywords = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                keywords.add(randomWord(random, "ab_-.c", 1 + random.nextInt(5)));
            }
            String text = randomWord(random, "aAbBc_-. \n", 400);
            KeywordAutomaton automaton = new KeywordAutomaton(keywords);
            TreeSet<String> viaChars = new TreeSet<>();
            automaton.scan(text, (k, start) -> viaChars.add(k + "@" + start));
            TreeSet<String> viaBytes = new TreeSet<>();
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            automaton.scan(bytes, bytes.length, (k, start) -> viaBytes.add(k + "@" + start));
            TreeSet<String> naive = new TreeSet<>();
            String lower = text.toLowerCase(Locale.ROOT);
            for (int k = 0; k < keywords.size(); k++) {
                for (int at = lower.indexOf(keywords.get(k)); at >= 0; at = lower.indexOf(keywords.get(k), at + 1)) {
                    naive.add(k + "@" + at);
                }
            }
            assertThat(viaChars).as("round " + round + " keywords " + keywords).isEqualTo(naive);
            assertThat(viaBytes).isEqualTo(naive);
        }
    }

    @Test
    void nonAsciiInputResetsMatchingWithoutErrors() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("sk_live_", "key"));
        List<Integer> starts = new ArrayList<>();
        automaton.scan("ké sk_livé_ KEY sk_live_x", (k, start) -> starts.add(start));
        assertThat(starts).containsExactly(12, 16);
        byte[] utf8 = "ключ sk_live_".getBytes(StandardCharsets.UTF_8);
        List<Integer> byteStarts = new ArrayList<>();
        automaton.scan(utf8, utf8.length, (k, start) -> byteStarts.add(start));
        assertThat(byteStarts).containsExactly(utf8.length - 8);
    }

    private static String randomWord(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
