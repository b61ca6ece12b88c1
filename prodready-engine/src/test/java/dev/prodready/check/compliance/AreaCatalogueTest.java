package dev.prodready.check.compliance;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.RedFlag;
import dev.prodready.check.Check;
import dev.prodready.check.documentation.DocumentationChecks;
import dev.prodready.check.operations.OperationsChecks;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The compliance, operations and documentation areas: seed coverage, registries, red flags, item fields. */
class AreaCatalogueTest {

    private static final Catalogue CATALOGUE = Catalogue.builtIn();
    private static final Map<String, List<Check>> REGISTRIES = Map.of(
            "compliance", ComplianceChecks.ALL, "operations", OperationsChecks.ALL, "documentation", DocumentationChecks.ALL);
    private static final Set<String> STACKS = Set.of("generic", "nextjs", "vite-supabase", "express", "python", "spring");

    private static List<Item> items(String area) {
        return CATALOGUE.items().stream().filter(i -> i.area().id().equals(area)).toList();
    }

    @Test
    void everySeedRefOfSectionsSixToEightIsCoveredByAnItemOfTheseAreas() throws IOException {
        List<String> refs;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/checklist-index.tsv")) {
            assertThat(in).isNotNull();
            refs = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.split("\t")[0]).filter(r -> r.matches("[678]\\.\\d+\\.\\d+")).toList();
        }
        assertThat(refs).hasSize(48);
        Set<String> covered = REGISTRIES.keySet().stream().flatMap(a -> items(a).stream())
                .flatMap(i -> i.seedRefs().stream()).collect(Collectors.toSet());
        assertThat(covered).containsAll(refs);
        assertThat(refs).containsAll(covered);
    }

    @Test
    void eachRegistryHasOneCheckPerItemInCatalogueOrder() {
        REGISTRIES.forEach((area, checks) -> assertThat(checks.stream().map(Check::itemId).toList()).as(area)
                .containsExactlyElementsOf(items(area).stream().map(Item::id).toList()));
    }

    @Test
    void redFlagsOfTheseAreasPointAtExistingItemsThatNameThemBack() {
        List<RedFlag> flags = CATALOGUE.redFlags().stream().filter(f -> f.seedRef().matches("[67]\\.rf\\d")).toList();
        assertThat(flags.stream().map(RedFlag::seedRef))
                .containsExactlyInAnyOrder("6.rf1", "6.rf2", "6.rf3", "6.rf4", "7.rf1", "7.rf2", "7.rf3", "7.rf4");
        for (RedFlag flag : flags) {
            assertThat(flag.raisedBy()).as(flag.seedRef()).isNotEmpty();
            for (String id : flag.raisedBy()) {
                Item item = CATALOGUE.item(id).orElseThrow(() -> new AssertionError(flag.seedRef() + " -> " + id));
                assertThat(item.redFlags()).as(id).contains(flag.seedRef());
            }
        }
    }

    @Test
    void itemsAreCompleteAndUseKnownVocabulary() {
        for (String area : REGISTRIES.keySet()) {
            for (Item item : items(area)) {
                assertThat(item.id()).matches("[a-z0-9]+\\.[a-z0-9-]+");
                assertThat(item.phase()).as(item.id()).isBetween(1, 4);
                assertThat(item.settle()).as(item.id() + " settle").isNotBlank();
                assertThat(item.detection()).as(item.id() + " detection").isNotEmpty();
                assertThat(item.remediation().keySet()).as(item.id()).isSubsetOf(STACKS);
                if (!item.appliesWhen().isBlank()) {
                    assertThat(Trait.fromId(item.appliesWhen())).as(item.id() + " appliesWhen").isPresent();
                }
                for (String flag : item.redFlags()) {
                    RedFlag rf = CATALOGUE.redFlags().stream().filter(f -> f.seedRef().equals(flag)).findFirst()
                            .orElseThrow(() -> new AssertionError(item.id() + " names unknown red flag " + flag));
                    assertThat(rf.raisedBy()).as(flag).contains(item.id());
                }
            }
        }
    }
}
