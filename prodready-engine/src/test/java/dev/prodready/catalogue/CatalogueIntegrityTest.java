package dev.prodready.catalogue;

import dev.prodready.check.Check;
import dev.prodready.check.Checks;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue covers the whole seed checklist, and checks and items match one to one. */
class CatalogueIntegrityTest {

    private final Catalogue catalogue = Catalogue.builtIn();

    /** Rows of the seed index (a copy of ../shared/checklist-index.tsv kept as test data). */
    static List<String[]> seedIndex() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CatalogueIntegrityTest.class.getResourceAsStream("/seed/checklist-index.tsv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    @Test
    void indexHas153ItemsAnd28RedFlags() throws IOException {
        List<String[]> rows = seedIndex();
        assertThat(rows.stream().filter(r -> !r[0].contains(".rf"))).hasSize(153);
        assertThat(rows.stream().filter(r -> r[0].contains(".rf"))).hasSize(28);
    }

    @Test
    void everySeedItemIsCoveredByAnItem() throws IOException {
        Set<String> covered = catalogue.items().stream().flatMap(i -> i.seedRefs().stream()).collect(Collectors.toSet());
        List<String> missing = seedIndex().stream().map(r -> r[0]).filter(ref -> !ref.contains(".rf"))
                .filter(ref -> !covered.contains(ref)).toList();
        assertThat(missing).as("seed refs no item covers").isEmpty();
    }

    @Test
    void everyRedFlagIsInTheCatalogueAndRaisedByRealItems() throws IOException {
        Set<String> flags = catalogue.redFlags().stream().map(RedFlag::seedRef).collect(Collectors.toSet());
        List<String> missing = seedIndex().stream().map(r -> r[0]).filter(ref -> ref.contains(".rf"))
                .filter(ref -> !flags.contains(ref)).toList();
        assertThat(missing).as("red flags missing from the catalogue").isEmpty();
        for (RedFlag flag : catalogue.redFlags()) {
            assertThat(flag.raisedBy()).as(flag.seedRef() + " raisedBy").isNotEmpty();
            for (String id : flag.raisedBy()) {
                assertThat(catalogue.item(id)).as(flag.seedRef() + " raisedBy " + id).isPresent();
            }
        }
    }

    @Test
    void seedRefsNamedByItemsExistInTheIndex() throws IOException {
        Set<String> refs = seedIndex().stream().map(r -> r[0]).collect(Collectors.toSet());
        for (Item item : catalogue.items()) {
            assertThat(refs).as(item.id() + " seedRefs").containsAll(item.seedRefs());
            assertThat(refs).as(item.id() + " redFlags").containsAll(item.redFlags());
        }
    }

    @Test
    void everyItemHasExactlyOneCheckAndEveryCheckAnItem() {
        Map<String, Long> checksPerItem = Checks.ALL.stream()
                .collect(Collectors.groupingBy(Check::itemId, Collectors.counting()));
        Set<String> itemIds = catalogue.items().stream().map(Item::id).collect(Collectors.toSet());
        assertThat(itemIds.stream().filter(id -> !checksPerItem.containsKey(id)).sorted().toList())
                .as("items without a check").isEmpty();
        assertThat(checksPerItem.keySet().stream().filter(id -> !itemIds.contains(id)).sorted().toList())
                .as("checks without an item").isEmpty();
        assertThat(checksPerItem.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("items with more than one check").isEmpty();
    }

    @Test
    void checkClassesAreNamedForWhatTheyJudgeAndLiveInTheirAreaPackage() {
        Map<String, Item> byId = catalogue.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        for (Check check : Checks.ALL) {
            Item item = byId.get(check.itemId());
            if (item == null) {
                continue;
            }
            assertThat(check.getClass().getSimpleName()).as(check.itemId()).endsWith("Check");
            assertThat(check.getClass().getPackageName()).as(check.itemId())
                    .isEqualTo("dev.prodready.check." + item.area().id());
        }
    }

    @Test
    void itemsAreWellFormed() {
        Set<String> ids = new HashSet<>();
        for (Item item : catalogue.items()) {
            assertThat(ids.add(item.id())).as("duplicate " + item.id()).isTrue();
            assertThat(item.id()).as("id form").matches("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(item.phase()).as(item.id() + " phase").isBetween(1, 4);
            assertThat(item.detection()).as(item.id() + " detection").isNotEmpty();
            assertThat(item.effort().max()).as(item.id() + " effort").isPositive();
            assertThat(item.rationale().length()).as(item.id() + " rationale").isGreaterThan(40);
            assertThat(item.remediation().get("generic").length()).as(item.id() + " remediation").isGreaterThan(40);
            assertThat(item.remediation().keySet()).as(item.id() + " remediation stacks")
                    .isSubsetOf("generic", "nextjs", "vite-supabase", "express", "python", "spring");
            if (!item.appliesWhen().isBlank()) {
                assertThat(Trait.fromId(item.appliesWhen())).as(item.id() + " appliesWhen").isPresent();
            }
            for (String before : item.after()) {
                assertThat(catalogue.item(before)).as(item.id() + " after " + before).isPresent();
            }
            if (item.detection().contains(Detection.ATTEST)) {
                assertThat(item.settle()).as(item.id() + " settle text for attestable item").isNotBlank();
            }
        }
    }

    @Test
    void areasAreTheSeedsEightInOrder() {
        assertThat(catalogue.areas()).extracting(Area::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }
}
