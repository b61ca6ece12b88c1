package dev.prodready.collect.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prodready.audit.Audit;
import dev.prodready.audit.AuditRequest;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.live.ObservatoryAlgorithm;
import dev.prodready.render.JsonRenderer;
import dev.prodready.report.Report;
import dev.prodready.workspace.live.LiveFixture;
import dev.prodready.workspace.live.LoopbackSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LiveProbeCollectorTest {

    @TempDir
    Path repo;

    @Test
    void healthRoutesOfTheRepositoryBecomeUrlPaths() {
        assertThat(LiveProbeCollector.healthRoutes(List.of("app/api/health/route.ts", "pages/api/healthz.ts",
                "src/app/(ops)/status/page.tsx", "app/users/[id]/route.ts", "app/api/[x]/ready/route.ts",
                "lib/health.ts"))).containsExactly("/api/health", "/api/healthz", "/status");
    }

    @Test
    void withoutAUrlTheCollectorDoesNothing() throws Exception {
        Report report = new Audit(Catalogue.builtIn(), List.of(new LiveProbeCollector()))
                .run(AuditRequest.of(repo));
        assertThat(report.observatory()).isEmpty();
        assertThat(JsonRenderer.toTree(report).has("observatory")).isFalse();
    }

    @Test
    void scanWithUrlAddsLiveFactsFindingsAndTheObservatorySection() throws Exception {
        Files.createDirectories(repo.resolve("app/api/health"));
        Files.writeString(repo.resolve("app/api/health/route.ts"), "export function GET() {}\n");
        try (LoopbackSite site = LiveFixture.start("everything-wrong")) {
            LiveProbeCollector collector = new LiveProbeCollector(LiveFixture.options(), ObservatoryAlgorithm.V6,
                    Clock.systemUTC());
            Report report = new Audit(Catalogue.builtIn(), List.of(collector))
                    .run(AuditRequest.of(repo).withUrl(Optional.of(site.https("/"))));
            assertThat(report.target().url()).hasValue(site.https("/").toString());
            assertThat(report.observatory()).hasValueSatisfying(o -> {
                assertThat(o.algorithmVersion()).isEqualTo(6);
                assertThat(o.grade()).hasValue("F");
            });
            assertThat(report.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("live.session-cookie-not-httponly"));
            assertThat(report.notes()).anySatisfy(n -> assertThat(n.message()).startsWith("live probe: "));
            assertThat(site.requests()).anySatisfy(r -> assertThat(r.path()).isEqualTo("/api/health"));

            JsonNode json = new ObjectMapper().readTree(JsonRenderer.toTree(report).toString());
            JsonNode obs = json.get("observatory");
            assertThat(obs.get("algorithmVersion").asInt()).isEqualTo(6);
            assertThat(obs.get("score").asInt()).isZero();
            assertThat(obs.get("grade").asText()).isEqualTo("F");
            assertThat(obs.get("tests")).hasSize(12);
            JsonNode xfo = obs.get("tests").get("x-frame-options");
            assertThat(xfo.get("result").asText()).isEqualTo("x-frame-options-header-invalid");
            assertThat(xfo.get("scoreModifier").asInt()).isEqualTo(-20);
            assertThat(xfo.get("pass").asBoolean()).isFalse();
            assertThat(json.get("findings")).anySatisfy(f -> assertThat(f.get("url").asText()).startsWith("https://127.0.0.1:"));
        }
    }
}
