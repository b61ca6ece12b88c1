package dev.prodready.collect.pattern;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeywordAutomatonTest {

    @Test
    void findsOverlappingKeywordsIgnoringCase() {
        KeywordAutomaton ac = KeywordAutomaton.of(List.of("he", "she", "his", "hers", "Sentry"));
        BitSet found = ac.find("USHERS and @sentry/node");
        assertThat(found.stream().boxed().toList()).containsExactly(0, 1, 3, 4);
    }

    @Test
    void reportsPositions() {
        KeywordAutomaton ac = KeywordAutomaton.of(List.of("roll back", "back"));
        List<String> hits = new ArrayList<>();
        ac.scan("We roll back.", (k, s, e) -> hits.add(k + "@" + s + "-" + e));
        assertThat(hits).containsExactly("0@3-12", "1@8-12");
    }

    @Test
    void handlesNonAsciiKeywordsAndText() {
        KeywordAutomaton ac = KeywordAutomaton.of(List.of("Datenschutzerklärung", "ÜBER"));
        assertThat(ac.find("Unsere DATENSCHUTZERKLÄRUNG über uns — 日本語").stream().boxed().toList())
                .containsExactly(0, 1);
        assertThat(ac.find("日本語 only").isEmpty()).isTrue();
    }

    @Test
    void agreesWithIndexOfOnRandomText() {
        Random random = new Random(42);
        String alphabet = "abcAB .\n";
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keywords.add(randomString(random, alphabet.substring(0, 5), 1 + random.nextInt(4)));
        }
        KeywordAutomaton ac = KeywordAutomaton.of(keywords);
        for (int round = 0; round < 200; round++) {
            String text = randomString(random, alphabet, random.nextInt(60));
            BitSet expected = new BitSet();
            for (int k = 0; k < keywords.size(); k++) {
                if (text.toLowerCase(Locale.ROOT).contains(keywords.get(k).toLowerCase(Locale.ROOT))) {
                    expected.set(k);
                }
            }
            assertThat(ac.find(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void rejectsEmptyKeywords() {
        assertThatThrownBy(() -> KeywordAutomaton.of(List.of("a", ""))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
