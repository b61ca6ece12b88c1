package dev.prodready.fact;

import dev.prodready.catalogue.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The indexed look-ups answer what filtering every fact answers, in the same order. */
class FactsTest {

    @Test
    void indexedLookUpsEqualFilteringEveryFact() {
        Random random = new Random(3);
        List<String> patterns = List.of("a.one", "a.two", "b.three", "c.four");
        List<String> items = List.of("x.item", "y.item", "z.item");
        List<Fact> all = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String path = "src/f" + random.nextInt(50) + ".ts";
            int line = 1 + random.nextInt(30);
            all.add(new ContentMatch(patterns.get(random.nextInt(patterns.size())), "line " + i,
                    Evidence.at(path, line, "match")));
            all.add(new Finding("rule." + random.nextInt(5), items.get(random.nextInt(items.size())),
                    Severity.values()[random.nextInt(Severity.values().length)], "message " + i, null, "fp" + i,
                    Evidence.at(path, line, "finding")));
        }
        Facts facts = Facts.of(all);

        for (Set<String> ids : List.of(Set.of("a.one"), Set.of("a.one", "b.three"), Set.copyOf(patterns), Set.of("none"))) {
            assertThat(facts.contentMatches(ids)).as(ids.toString())
                    .containsExactlyElementsOf(facts.all(ContentMatch.class, m -> ids.contains(m.pattern())));
        }
        for (String item : items) {
            assertThat(facts.findingsAgainst(item))
                    .containsExactlyElementsOf(facts.all(Finding.class, f -> item.equals(f.itemId())));
        }
        assertThat(facts.contentMatches(Set.of("a.one"))).isNotEmpty();
    }
}
