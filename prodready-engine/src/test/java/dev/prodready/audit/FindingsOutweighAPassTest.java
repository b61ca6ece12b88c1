package dev.prodready.audit;

import dev.prodready.catalogue.Area;
import dev.prodready.catalogue.Detection;
import dev.prodready.catalogue.Effort;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsOutweighAPassTest {

    private static final Item TLS = new Item("encryption.in-transit", new Area("security", 1, "Security"),
            List.of("1.3.2"), "TLS", "why", 1, Severity.HIGH, new Effort(1, 2), List.of(Detection.REPO), "", List.of(),
            Map.of("generic", "Use TLS."), List.of(), "");

    private static Finding finding(Severity severity) {
        return new Finding("tls.verify-disabled", "encryption.in-transit", severity, "certificate checks off", null, "f",
                Evidence.at("src/client.ts", 12, null));
    }

    @Test
    void aMediumOrWorseFindingTurnsAPassOrUnknownIntoAFailCitingIt() {
        Outcome pass = Outcome.pass("HTTPS configured", List.of(Evidence.at("vercel.json", 3, null)));
        Outcome judged = Audit.findingsOutweighAPass(TLS, Facts.of(List.of(finding(Severity.HIGH))), pass);
        assertThat(judged.status()).isEqualTo(Status.FAIL);
        assertThat(judged.evidence()).extracting(Evidence::location).containsExactly("src/client.ts:12", "vercel.json:3");
        assertThat(Audit.findingsOutweighAPass(TLS, Facts.of(List.of(finding(Severity.HIGH))), Outcome.unknown("?")).status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void lowFindingsAndOtherStatusesAreLeftAlone() {
        Outcome pass = Outcome.pass("HTTPS configured", List.of(Evidence.at("vercel.json", 3, null)));
        assertThat(Audit.findingsOutweighAPass(TLS, Facts.of(List.of(finding(Severity.LOW))), pass)).isEqualTo(pass);
        Outcome na = Outcome.notApplicable("no server", List.of(Evidence.file("package.json", null)));
        assertThat(Audit.findingsOutweighAPass(TLS, Facts.of(List.of(finding(Severity.HIGH))), na)).isEqualTo(na);
    }
}
