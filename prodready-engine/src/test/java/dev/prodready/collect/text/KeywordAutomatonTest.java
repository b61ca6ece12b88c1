package dev.prodready.collect.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

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
    void everyOccurrenceInTextAndInBytesMatchesANaiveSearch() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> keywords = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                keywords.add(randomString(random, "ab_-.c", 1 + random.nextInt(5)));
            }
            String text = randomString(random, "aAbBc_-. \n", 400);
            KeywordAutomaton ac = KeywordAutomaton.of(keywords);
            TreeSet<String> viaChars = new TreeSet<>();
            ac.scan(text, (k, start, end) -> viaChars.add(k + "@" + start + "-" + end));
            TreeSet<String> viaBytes = new TreeSet<>();
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            ac.scan(bytes, bytes.length, (k, start, end) -> viaBytes.add(k + "@" + start + "-" + end));
            TreeSet<String> naive = new TreeSet<>();
            String lower = text.toLowerCase(Locale.ROOT);
            for (int k = 0; k < keywords.size(); k++) {
                String word = keywords.get(k);
                for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                    naive.add(k + "@" + at + "-" + (at + word.length()));
                }
            }
            assertThat(viaChars).as("round " + round + " keywords " + keywords).isEqualTo(naive);
            assertThat(viaBytes).isEqualTo(naive);
            assertThat(ac.anyIn(text)).isEqualTo(!naive.isEmpty());
        }
    }

    @Test
    void longTextsScannedAsTwoStreamsReportWhatOneStreamDoesInTheSameOrder() {
        Random random = new Random(23);
        for (int round = 0; round < 300; round++) {
            List<String> keywords = new ArrayList<>();
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                keywords.add(randomString(random, "ab_c", 1 + random.nextInt(round % 3 == 0 ? 40 : 6)));
            }
            KeywordAutomaton ac = KeywordAutomaton.of(keywords);
            String text = randomString(random, "aAbBc_ \n", KeywordAutomaton.SPLIT_AT + random.nextInt(700) - 20);
            List<String> one = new ArrayList<>();
            ac.scanInOneStream(text, (k, start, end) -> one.add(k + "@" + start + "-" + end));
            List<String> two = new ArrayList<>();
            ac.scan(text, (k, start, end) -> two.add(k + "@" + start + "-" + end));
            assertThat(two).as("round " + round + " keywords " + keywords).isEqualTo(one);
            assertThat(ac.anyIn(text)).isEqualTo(!one.isEmpty());
            if (one.size() > 2) {
                int stopAfter = 1 + random.nextInt(one.size() - 1);
                List<String> stopped = new ArrayList<>();
                ac.scan(text, (k, start, end) -> stopped.add(k + "@" + start + "-" + end) && stopped.size() < stopAfter);
                assertThat(stopped).isEqualTo(one.subList(0, stopAfter));
            }
        }
    }

    @Test
    void aKeywordStraddlingTheMiddleOfALongTextIsFoundOnce() {
        String keyword = "needle_in_the_middle";
        for (int shift = -keyword.length(); shift <= keyword.length(); shift++) {
            StringBuilder text = new StringBuilder("x".repeat(2000));
            int at = 1000 + shift;
            text.replace(at, at + keyword.length(), keyword);
            KeywordAutomaton ac = KeywordAutomaton.of(List.of(keyword, "e"));
            List<Integer> starts = new ArrayList<>();
            ac.scan(text, (k, start, end) -> k == 0 ? starts.add(start) : true);
            assertThat(starts).as("shift " + shift).containsExactly(at);
            assertThat(KeywordAutomaton.of(List.of(keyword)).anyIn(text)).isTrue();
        }
    }

    @Test
    void bytesAboveAsciiResetMatching() {
        KeywordAutomaton ac = KeywordAutomaton.of(List.of("sk_live_", "key"));
        List<Integer> starts = new ArrayList<>();
        ac.scan("ké sk_livé_ KEY sk_live_x", (k, start, end) -> starts.add(start));
        assertThat(starts).containsExactly(12, 16);
        byte[] utf8 = "ключ sk_live_".getBytes(StandardCharsets.UTF_8);
        List<Integer> byteStarts = new ArrayList<>();
        ac.scan(utf8, utf8.length, (k, start, end) -> byteStarts.add(start));
        assertThat(byteStarts).containsExactly(utf8.length - 8);
    }

    @Test
    void stopsWhenTheReceiverSaysSo() {
        KeywordAutomaton ac = KeywordAutomaton.of(List.of("a"));
        List<Integer> starts = new ArrayList<>();
        ac.scan("a a a a", (k, start, end) -> starts.add(start) && starts.size() < 2);
        assertThat(starts).containsExactly(0, 2);
    }

    @Test
    void anEmptySetFindsNothing() {
        KeywordAutomaton ac = KeywordAutomaton.of(List.of());
        assertThat(ac.anyIn("anything at all")).isFalse();
        assertThat(ac.find("anything").isEmpty()).isTrue();
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
