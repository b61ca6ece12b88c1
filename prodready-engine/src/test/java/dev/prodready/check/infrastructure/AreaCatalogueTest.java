package dev.prodready.check.infrastructure;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.RedFlag;
import dev.prodready.check.Check;
import dev.prodready.check.data.DataChecks;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Areas 2 and 3: every seed reference covered, one check per item in catalogue order, red flags wired to own items. */
class AreaCatalogueTest {

    private final Catalogue catalogue = Catalogue.builtIn();

    @Test
    void everySeedReferenceOfBothAreasIsCovered() throws IOException {
        Set<String> covered = catalogue.items().stream().flatMap(i -> i.seedRefs().stream()).collect(Collectors.toSet());
        List<String> refs = seedRefs().stream().filter(r -> r.matches("[23]\\.\\d+\\.\\d+")).toList();
        assertThat(refs).hasSize(37);
        assertThat(covered).containsAll(refs);
    }

    @Test
    void checksMatchItemsOneToOneInCatalogueOrder() {
        assertThat(ids(InfrastructureChecks.ALL)).isEqualTo(itemIds("infrastructure"));
        assertThat(ids(DataChecks.ALL)).isEqualTo(itemIds("data"));
    }

    @Test
    void redFlagsAreRaisedByItemsOfTheirOwnArea() {
        for (String ref : List.of("2.rf1", "2.rf2", "2.rf3", "2.rf4", "3.rf1", "3.rf2", "3.rf3", "3.rf4")) {
            RedFlag flag = catalogue.redFlags().stream().filter(f -> f.seedRef().equals(ref)).findFirst().orElseThrow();
            String area = ref.startsWith("2") ? "infrastructure" : "data";
            assertThat(flag.raisedBy()).isNotEmpty();
            for (String id : flag.raisedBy()) {
                Item item = catalogue.item(id).orElseThrow();
                assertThat(item.area().id()).isEqualTo(area);
                assertThat(item.redFlags()).as(id + " names the flag it raises").contains(ref);
            }
        }
    }

    @Test
    void itemsAreCompleteAndAppliesWhenNamesATrait() {
        for (String area : List.of("infrastructure", "data")) {
            for (Item item : items(area)) {
                assertThat(item.id()).matches("[a-z0-9]+\\.[a-z0-9-]+");
                assertThat(item.phase()).isBetween(1, 4);
                assertThat(item.detection()).isNotEmpty();
                assertThat(item.settle()).as(item.id()).isNotBlank();
                assertThat(item.rationale()).as(item.id()).isNotBlank();
                if (!item.appliesWhen().isBlank()) {
                    assertThat(Trait.fromId(item.appliesWhen())).as(item.id()).isPresent();
                }
                assertThat(item.remediation().keySet()).as(item.id())
                        .isSubsetOf("generic", "nextjs", "vite-supabase", "express", "python", "spring");
            }
        }
    }

    private List<Item> items(String area) {
        return catalogue.items().stream().filter(i -> i.area().id().equals(area)).toList();
    }

    private List<String> itemIds(String area) {
        return items(area).stream().map(Item::id).toList();
    }

    private static List<String> ids(List<Check> checks) {
        return checks.stream().map(Check::itemId).toList();
    }

    private static List<String> seedRefs() throws IOException {
        try (InputStream in = AreaCatalogueTest.class.getClassLoader().getResourceAsStream("seed/checklist-index.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.split("\t", -1)[0]).toList();
        }
    }
}
