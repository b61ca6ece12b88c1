package dev.prodready.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prodready.catalogue.Area;
import dev.prodready.catalogue.Detection;
import dev.prodready.catalogue.Effort;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.report.ItemResult;
import dev.prodready.report.Planner;
import dev.prodready.report.Report;
import dev.prodready.report.Scoring;
import dev.prodready.report.Target;
import dev.prodready.stack.StackProfile;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SarifRendererTest {

    static Report sample(int line) {
        Area area = new Area("security", 1, "Security");
        Item mfa = new Item("auth.mfa", area, List.of("1.1.2"), "MFA", "Stolen passwords are common.", 1, Severity.HIGH,
                new Effort(2, 8), List.of(Detection.REPO), "", List.of(), Map.of("generic", "Turn on TOTP."), List.of("CWE-308"), "");
        Item none = new Item("auth.provider", area, List.of("1.1.1"), "Auth", "Real auth.", 1, Severity.CRITICAL,
                new Effort(2, 8), List.of(Detection.REPO), "", List.of(), Map.of("generic", "Use a provider."), List.of(), "");
        List<ItemResult> items = List.of(
                new ItemResult(mfa, Outcome.fail("MFA is off", List.of(Evidence.at("supabase/config.toml", line, "enroll_enabled = false")))),
                new ItemResult(none, Outcome.fail("no auth", List.of(Evidence.file(".", "searched")))));
        Finding f = new Finding("secret.stripe-secret-key", "secrets.no-keys-in-code", Severity.CRITICAL, "Stripe secret key",
                "sk_live_****abcd", "0123abcd", Evidence.at(".env", 4, null));
        return new Report("0.1.0", new Target(".", Optional.empty(), Optional.empty()), Instant.EPOCH, StackProfile.empty(),
                Scoring.summarise(List.of(area), items), items, List.of(), List.of(f), Planner.plan(items, Set.of()), List.of());
    }

    static String render(Report r) throws Exception {
        StringWriter out = new StringWriter();
        new SarifRenderer().render(r, out);
        return out.toString();
    }

    @Test
    void isValidSarif210WithFindingsAndFailedItemsThatHaveAFile() throws Exception {
        String sarif = render(sample(12));
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
        assertThat(run.path("results")).hasSize(2);
        assertThat(run.path("results").get(0).path("ruleId").asText()).isEqualTo("secret.stripe-secret-key");
        assertThat(run.path("results").get(1).path("locations").get(0).path("physicalLocation").path("region")
                .path("startLine").asInt()).isEqualTo(12);
        assertThat(run.path("tool").path("driver").path("rules").get(1).path("help").path("text").asText())
                .isEqualTo("Turn on TOTP.");
    }

    @Test
    void aFindingSeenOnlyOnTheSiteIsLocatedByItsAbsoluteUrl() throws Exception {
        Report base = sample(12);
        Finding live = new Finding("live.hsts-missing", "net.hsts", Severity.HIGH, "No HSTS header", null,
                "live.hsts-missing@https://site.test", Evidence.live("https://site.test/", "no strict-transport-security"));
        Report r = new Report(base.toolVersion(), base.target(), base.generatedAt(), base.stack(), base.summary(),
                base.items(), List.of(), List.of(live), base.plan(), List.of());
        String sarif = render(r);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode result = new ObjectMapper().readTree(sarif).path("runs").get(0).path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("live.hsts-missing");
        JsonNode physical = result.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("https://site.test/");
        assertThat(physical.has("region")).isFalse();
        assertThat(result.path("partialFingerprints").path("prodready/v1").asText())
                .isEqualTo("live.hsts-missing@https://site.test");
    }

    @Test
    void fingerprintsDoNotMoveWhenLinesDo() throws Exception {
        JsonNode a = new ObjectMapper().readTree(render(sample(12))).path("runs").get(0).path("results");
        JsonNode b = new ObjectMapper().readTree(render(sample(40))).path("runs").get(0).path("results");
        assertThat(a.get(1).path("partialFingerprints")).isEqualTo(b.get(1).path("partialFingerprints"));
    }
}
