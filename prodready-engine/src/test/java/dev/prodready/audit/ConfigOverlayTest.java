package dev.prodready.audit;

import dev.prodready.catalogue.Area;
import dev.prodready.catalogue.Detection;
import dev.prodready.catalogue.Effort;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.config.Config;
import dev.prodready.config.ConfigLoader;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.report.ItemResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigOverlayTest {

    private static final Item ITEM = new Item("backup.restore-tested", new Area("data", 3, "Data"), List.of("3.1.3"),
            "Restore tested", "why", 2, Severity.HIGH, new Effort(2, 4), List.of(Detection.DOCS, Detection.ATTEST), "",
            List.of(), Map.of("generic", "Test a restore."), List.of(), "a dated restore-test record");

    private static Config config(String yaml) throws Exception {
        return ConfigLoader.parse(yaml, ".prodready.yml");
    }

    private static final String ATTESTED = """
            attestations:
              - item: backup.restore-tested
                status: pass
                by: jane@example.com
                date: 2026-10-15
                evidence: https://wiki.example.com/restore
                expires: 2027-01-13
            """;

    @Test
    void attestationSettlesAnUnknownItemWithItsLineAsEvidence() throws Exception {
        ConfigOverlay overlay = new ConfigOverlay(config(ATTESTED), LocalDate.of(2026, 11, 1));
        ItemResult r = overlay.apply(new ItemResult(ITEM, Outcome.unknown("no restore record")));
        assertThat(r.status()).isEqualTo(Status.ATTESTED);
        assertThat(r.outcome().evidence()).extracting(Evidence::location).containsExactly(".prodready.yml:2");
        assertThat(r.outcome().message()).contains("jane@example.com");
    }

    @Test
    void expiredAttestationTurnsBackToUnknownWithANote() throws Exception {
        ConfigOverlay overlay = new ConfigOverlay(config(ATTESTED), LocalDate.of(2027, 2, 1));
        ItemResult r = overlay.apply(new ItemResult(ITEM, Outcome.unknown("no restore record")));
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.outcome().message()).contains("expired on 2027-01-13");
        assertThat(overlay.notes()).anySatisfy(n -> assertThat(n.message()).contains("expired"));
    }

    @Test
    void scanEvidenceIsNotOverwrittenButShownBesideTheAttestation() throws Exception {
        ConfigOverlay overlay = new ConfigOverlay(config(ATTESTED), LocalDate.of(2026, 11, 1));
        Outcome fail = Outcome.fail("restore log is stale", List.of(Evidence.at("docs/restore.md", 4, "2025-01-01")));
        ItemResult r = overlay.apply(new ItemResult(ITEM, fail));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.outcome().message()).contains("disagrees with the scan");
        assertThat(r.outcome().evidence()).extracting(Evidence::location).containsExactly("docs/restore.md:4", ".prodready.yml:2");
    }

    @Test
    void itemSuppressionAcceptsTheRiskUntilItExpires() throws Exception {
        String yaml = """
                suppressions:
                  - item: backup.restore-tested
                    reason: staging only, no data
                    owner: ops@example.com
                    expires: 2026-12-31
                """;
        ItemResult failed = new ItemResult(ITEM, Outcome.fail("none", List.of(Evidence.file(".", "searched"))));
        ItemResult active = new ConfigOverlay(config(yaml), LocalDate.of(2026, 12, 1)).apply(failed);
        assertThat(active.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(active.outcome().message()).contains("staging only").contains("scan said fail");
        ConfigOverlay later = new ConfigOverlay(config(yaml), LocalDate.of(2027, 1, 2));
        assertThat(later.apply(failed).status()).isEqualTo(Status.FAIL);
        assertThat(later.notes()).anySatisfy(n -> assertThat(n.message()).contains("expired"));
    }

    @Test
    void findingSuppressionByRuleAndPath() throws Exception {
        String yaml = """
                suppressions:
                  - rule: secret.stripe-secret-key
                    path: "test/**"
                    reason: fake keys
                """;
        ConfigOverlay overlay = new ConfigOverlay(config(yaml), LocalDate.of(2026, 12, 1));
        Finding inTest = finding("test/fixtures/a.env");
        Finding inSrc = finding("src/pay.ts");
        assertThat(overlay.filter(List.of(inTest, inSrc))).containsExactly(inSrc);
        assertThat(overlay.notes()).anySatisfy(n -> assertThat(n.message()).contains("1 finding(s) suppressed"));
    }

    private static Finding finding(String path) {
        return new Finding("secret.stripe-secret-key", "secrets.no-keys-in-code", Severity.CRITICAL, "Stripe key",
                "sk_live_****abcd", "f1", Evidence.at(path, 1, null));
    }
}
