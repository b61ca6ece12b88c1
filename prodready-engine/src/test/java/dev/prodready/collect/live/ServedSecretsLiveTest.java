package dev.prodready.collect.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prodready.audit.Audit;
import dev.prodready.audit.AuditRequest;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Severity;
import dev.prodready.collect.secret.SecretsCollector;
import dev.prodready.collect.secret.ServedSecrets;
import dev.prodready.fact.Finding;
import dev.prodready.live.LiveFacts;
import dev.prodready.live.ObservatoryAlgorithm;
import dev.prodready.render.JsonRenderer;
import dev.prodready.render.SarifRenderer;
import dev.prodready.render.SarifSchema;
import dev.prodready.report.Report;
import dev.prodready.workspace.live.LiveFixture;
import dev.prodready.workspace.live.LoopbackSite;
import dev.prodready.workspace.live.ProbeCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A loopback site serving a bundle and its source map, both holding a fake key generated at test time. */
class ServedSecretsLiveTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @TempDir
    Path repo;

    /** Fake, format-valid Stripe live secret key from a seeded generator. */
    private static String fakeKey(long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder("sk_").append("live_");
        for (int i = 0; i < 32; i++) {
            b.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return b.toString();
    }

    private static LoopbackSite site(String key) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode map = json.createObjectNode();
        map.put("version", 3);
        map.putArray("sources").add("webpack://shop/./src/pay.js");
        map.putArray("sourcesContent").add("// payments\nconst stripe = new Stripe(\"" + key + "\");\n");
        map.put("mappings", "AAAA");
        String bundle = "(()=>{const stripe=new Stripe(\"" + key + "\");})();\n//# sourceMappingURL=app.js.map\n";
        return LiveFixture.start(new LoopbackSite.Config()
                .route("/", LoopbackSite.Response.html("<!doctype html><html><head><script src=\"/app.js\"></script>"
                        + "</head><body>shop</body></html>"))
                .route("/app.js", LoopbackSite.Response.of(200, bundle, "Content-Type", "application/javascript"))
                .route("/app.js.map", LoopbackSite.Response.of(200, json.writeValueAsString(map),
                        "Content-Type", "application/json")));
    }

    @Test
    void probeAloneReportsTheServedKeyInTheBundleAndTheMap() throws Exception {
        String key = fakeKey(41);
        try (LoopbackSite site = site(key)) {
            ProbeCapture capture = LiveFixture.capture(site);
            List<Finding> findings = LiveFacts.of(capture, ObservatoryAlgorithm.V6, Clock.systemUTC()).facts().stream()
                    .filter(Finding.class::isInstance).map(Finding.class::cast)
                    .filter(f -> f.ruleId().equals("secret.stripe-live-secret-key")).toList();
            assertThat(findings).extracting(f -> f.evidence().url())
                    .containsExactly(site.https("/app.js").toString(), site.https("/app.js.map").toString());
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.itemId()).isEqualTo("secrets.no-secrets-in-client-env");
                assertThat(f.evidence().path()).isNull();
                assertThat(f.redacted()).startsWith("sk_live_").contains("*").doesNotContain(key);
                assertThat(f.toString()).doesNotContain(key);
            });
            assertThat(findings.get(1).evidence().note()).contains("webpack://shop/./src/pay.js, line 2");
        }
    }

    @Test
    void scanWithUrlEscalatesTheRepositorySecretAndSarifCarriesBoth() throws Exception {
        String key = fakeKey(43);
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("src/pay.js"), "// payments\nconst stripe = new Stripe(\"" + key + "\");\n");
        Files.writeString(repo.resolve("src/other.js"), "const unrelated = \"" + fakeKey(47) + "\";\n");
        try (LoopbackSite site = site(key)) {
            LiveProbeCollector live = new LiveProbeCollector(LiveFixture.options(), ObservatoryAlgorithm.V6,
                    Clock.systemUTC());
            Report report = new Audit(Catalogue.builtIn(), List.of(new SecretsCollector(), live))
                    .run(AuditRequest.of(repo).withUrl(Optional.of(site.https("/"))));

            List<Finding> escalated = report.findings().stream()
                    .filter(f -> f.ruleId().equals(ServedSecrets.SERVED_RULE)).toList();
            assertThat(escalated).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.evidence().path()).isEqualTo("src/pay.js");
                assertThat(f.evidence().line()).isEqualTo(2);
                assertThat(f.evidence().url()).isEqualTo(site.https("/app.js").toString());
                assertThat(f.message()).contains("src/pay.js:2").contains(site.https("/app.js").toString());
            });
            // The repository findings themselves are still there, one per file.
            assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("secret.stripe-live-secret-key")
                    && f.evidence().path() != null).extracting(f -> f.evidence().path())
                    .containsExactlyInAnyOrder("src/pay.js", "src/other.js");

            String jsonText = JsonRenderer.toTree(report).toString();
            assertThat(jsonText).doesNotContain(key);

            StringWriter out = new StringWriter();
            new SarifRenderer().render(report, out);
            String sarif = out.toString();
            assertThat(SarifSchema.violations(sarif)).isEmpty();
            assertThat(sarif).doesNotContain(key);
            JsonNode results = new ObjectMapper().readTree(sarif).path("runs").get(0).path("results");
            assertThat(results).anySatisfy(r -> {
                assertThat(r.path("ruleId").asText()).isEqualTo("secret.stripe-live-secret-key");
                JsonNode artifact = r.path("locations").get(0).path("physicalLocation").path("artifactLocation");
                assertThat(artifact.path("uri").asText()).isEqualTo(site.https("/app.js.map").toString());
                assertThat(artifact.has("uriBaseId")).isFalse();
            });
            assertThat(results).anySatisfy(r -> {
                assertThat(r.path("ruleId").asText()).isEqualTo(ServedSecrets.SERVED_RULE);
                assertThat(r.path("level").asText()).isEqualTo("error");
                JsonNode physical = r.path("locations").get(0).path("physicalLocation");
                assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("src/pay.js");
                assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(2);
            });
        }
    }
}
