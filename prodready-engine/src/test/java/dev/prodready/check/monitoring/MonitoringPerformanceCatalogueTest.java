package dev.prodready.check.monitoring;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.RedFlag;
import dev.prodready.check.Check;
import dev.prodready.check.performance.PerformanceChecks;
import dev.prodready.stack.Trait;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Areas 4 and 5 of the catalogue: seed coverage, one check per item in order, sound red flags and fields. */
class MonitoringPerformanceCatalogueTest {

    private static final Catalogue CATALOGUE = Catalogue.builtIn();
    private static final Set<String> STACKS = Set.of("generic", "nextjs", "vite-supabase", "express", "python", "spring");

    @ParameterizedTest(name = "area {0}")
    @CsvSource({"monitoring, 4", "performance, 5"})
    void everySeedRefOfTheAreaIsCoveredByOneOfItsItems(String area, int number) throws IOException {
        List<String> refs = seedIndex().stream()
                .map(line -> line.split("\t")[0])
                .filter(ref -> ref.matches(number + "\\.\\d+\\.\\d+"))
                .toList();
        assertThat(refs).isNotEmpty();
        List<Item> items = items(area);
        for (String ref : refs) {
            assertThat(items).as("items covering " + ref).anyMatch(i -> i.seedRefs().contains(ref));
        }
        assertThat(items.stream().flatMap(i -> i.seedRefs().stream()))
                .as("seed refs named by the items exist in the index").allMatch(refs::contains);
    }

    @ParameterizedTest(name = "area {0}")
    @CsvSource({"monitoring", "performance"})
    void checksAreRegisteredOnePerItemInCatalogueOrder(String area) {
        List<Check> checks = area.equals("monitoring") ? MonitoringChecks.ALL : PerformanceChecks.ALL;
        assertThat(checks.stream().map(Check::itemId).toList())
                .containsExactlyElementsOf(items(area).stream().map(Item::id).toList());
    }

    @ParameterizedTest(name = "area {0}")
    @CsvSource({"monitoring, 4", "performance, 5"})
    void redFlagsAreTheSeedsFourAndRaisedByTheirOwnAreasItems(String area, int number) {
        List<RedFlag> flags = CATALOGUE.redFlags().stream().filter(f -> f.seedRef().startsWith(number + ".rf")).toList();
        assertThat(flags.stream().map(RedFlag::seedRef))
                .containsExactly(number + ".rf1", number + ".rf2", number + ".rf3", number + ".rf4");
        Set<String> ownIds = Set.copyOf(CATALOGUE.items().stream()
                .filter(i -> Set.of("monitoring", "performance").contains(i.area().id())).map(Item::id).toList());
        for (RedFlag flag : flags) {
            assertThat(flag.raisedBy()).as(flag.seedRef()).isNotEmpty().allMatch(ownIds::contains);
            for (String id : flag.raisedBy()) {
                assertThat(CATALOGUE.item(id).orElseThrow().redFlags()).as(id + " lists " + flag.seedRef())
                        .contains(flag.seedRef());
            }
        }
        for (Item item : items(area)) {
            for (String ref : item.redFlags()) {
                RedFlag flag = CATALOGUE.redFlags().stream().filter(f -> f.seedRef().equals(ref)).findFirst().orElseThrow();
                assertThat(flag.raisedBy()).as(ref + " is raised by " + item.id()).contains(item.id());
            }
        }
    }

    @ParameterizedTest(name = "area {0}")
    @CsvSource({"monitoring", "performance"})
    void itemsAreWellFormed(String area) {
        for (Item item : items(area)) {
            assertThat(item.id()).matches("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(item.phase()).as(item.id()).isBetween(1, 4);
            assertThat(item.detection()).as(item.id()).isNotEmpty();
            assertThat(item.settle()).as(item.id() + " settle").isNotBlank();
            assertThat(item.rationale()).as(item.id()).isNotBlank();
            assertThat(item.remediation().keySet()).as(item.id()).contains("generic").allMatch(STACKS::contains);
            if (!item.appliesWhen().isBlank()) {
                assertThat(Trait.fromId(item.appliesWhen())).as(item.id() + " appliesWhen").isPresent();
            }
        }
    }

    private static List<Item> items(String area) {
        return CATALOGUE.items().stream().filter(i -> i.area().id().equals(area)).toList();
    }

    private static List<String> seedIndex() throws IOException {
        try (InputStream in = MonitoringPerformanceCatalogueTest.class.getClassLoader()
                .getResourceAsStream("seed/checklist-index.tsv")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
    }
}
