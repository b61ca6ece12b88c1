package dev.prodready.audit;

import dev.prodready.catalogue.Area;
import dev.prodready.catalogue.Detection;
import dev.prodready.catalogue.Effort;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.stack.Presence;
import dev.prodready.stack.StackProfile;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicabilityTest {

    private static final Item PII_ITEM = new Item("data.pii-inventory", new Area("data", 3, "Data"), List.of("3.2.3"),
            "PII inventory", "why", 4, Severity.MEDIUM, new Effort(1, 2), List.of(Detection.DOCS), "pii", List.of(),
            Map.of("generic", "Write it."), List.of(), "");

    private static StackProfile with(Presence presence) {
        List<Evidence> ev = presence == Presence.UNKNOWN ? List.of() : List.of(Evidence.file("package.json", "seen"));
        return new StackProfile(List.of(), List.of(), List.of(),
                Map.of(Trait.PII, new TraitState(presence, "reason", ev)), "generic");
    }

    private final Outcome fail = Outcome.fail("no inventory", List.of(Evidence.file("README.md", "read")));

    @Test
    void absentTraitWithEvidenceMakesTheItemNotApplicable() {
        assertThat(Applicability.of(PII_ITEM, with(Presence.ABSENT)).notApplicable().status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Applicability.of(PII_ITEM, with(Presence.PRESENT)).notApplicable()).isNull();
        assertThat(Applicability.of(PII_ITEM, with(Presence.UNKNOWN)).notApplicable()).isNull();
    }

    @Test
    void aFailureUnderAnUndecidedTraitIsUnknownWithItsEvidence() {
        Outcome o = Applicability.undecidedTraitCannotFail(PII_ITEM, with(Presence.UNKNOWN), fail);
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("only if the application has the trait 'pii'");
        assertThat(o.evidence()).extracting(Evidence::path).containsExactly("README.md");
        assertThat(Applicability.undecidedTraitCannotFail(PII_ITEM, with(Presence.PRESENT), fail).status())
                .isEqualTo(Status.FAIL);
    }
}
