package dev.prodready.live;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Detection;
import dev.prodready.check.Status;
import dev.prodready.report.ItemResult;
import dev.prodready.report.Report;
import dev.prodready.workspace.live.LiveFixture;
import dev.prodready.workspace.live.LoopbackSite;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeAuditTest {

    @Test
    void theSiteAloneIsJudgedOnLiveEvidenceOnly() {
        ProbeAudit.Result result;
        try (LoopbackSite site = LiveFixture.start("everything-wrong")) {
            result = ProbeAudit.run(site.https("/"), LiveFixture.options(), ObservatoryAlgorithm.V6,
                    Clock.systemUTC(), Catalogue.builtIn());
        }
        Report report = result.report();
        Map<String, ItemResult> items = report.items().stream()
                .collect(Collectors.toMap(r -> r.item().id(), Function.identity()));
        assertThat(report.items()).allSatisfy(r -> assertThat(r.item().detection().contains(Detection.LIVE)
                || LiveVerdicts.items().contains(r.item().id())).isTrue());
        assertThat(items.get("appsec.security-headers").status()).isEqualTo(Status.FAIL);
        assertThat(items.get("appsec.security-headers").outcome().message())
                .contains("add them in the reverse proxy or CDN in front of the app");
        assertThat(items.get("auth.session-management").status()).isEqualTo(Status.FAIL);
        assertThat(items.get("privacy.policy").status()).isEqualTo(Status.PASS);
        assertThat(report.items()).filteredOn(r -> r.status().decidedByEvidence())
                .allSatisfy(r -> assertThat(r.outcome().evidence()).allSatisfy(e ->
                        assertThat(e.url()).matches("https?://127\\.0\\.0\\.1:\\d+/.*")));
        assertThat(report.redFlags()).allSatisfy(f -> assertThat(f.flag().raisedBy())
                .anyMatch(items::containsKey));
        assertThat(report.observatory()).hasValueSatisfying(o -> assertThat(o.grade()).hasValue("F"));

        StringWriter console = new StringWriter();
        new ProbeConsole(false, false).render(result, console);
        assertThat(console.toString()).contains("MDN HTTP Observatory, algorithm 6").contains("score 0, grade F")
                .contains("TLS: TLSv1.3").contains("FAIL     appsec.security-headers");
    }
}
