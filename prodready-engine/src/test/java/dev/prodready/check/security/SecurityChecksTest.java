package dev.prodready.check.security;

import dev.prodready.catalogue.Area;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import dev.prodready.check.Check;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry holds one check per security item, in catalogue order, each named for what it judges. */
class SecurityChecksTest {

    @Test
    void oneCheckPerItemInCatalogueOrder() {
        Catalogue catalogue = Catalogue.builtIn();
        Area security = catalogue.areas().stream().filter(a -> a.id().equals("security")).findFirst().orElseThrow();
        List<String> items = catalogue.items(security).stream().map(Item::id).toList();
        assertThat(items).hasSize(35);
        assertThat(SecurityChecks.ALL.stream().map(Check::itemId).toList()).containsExactlyElementsOf(items);
    }

    @Test
    void idsOtherAreasDependOnAreStable() {
        assertThat(SecurityChecks.ALL.stream().map(Check::itemId).toList()).contains("secrets.no-keys-in-code",
                "secrets.history-clean", "secrets.no-env-files-committed", "secrets.no-secrets-in-client-env",
                "supabase.service-role-not-in-client");
    }

    @Test
    void everyCheckIsAClassOfItsOwnNamedForAnItem() {
        assertThat(SecurityChecks.ALL).allSatisfy(c -> assertThat(c.getClass().getSimpleName()).endsWith("Check"));
        assertThat(SecurityChecks.ALL.stream().map(c -> c.getClass()).distinct()).hasSize(SecurityChecks.ALL.size());
    }
}
