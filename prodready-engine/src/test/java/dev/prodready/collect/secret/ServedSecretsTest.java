package dev.prodready.collect.secret;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prodready.catalogue.Severity;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ServedSecretsTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @TempDir
    Path repo;

    /** A fake, format-valid Stripe live secret key from a seeded generator (never a real credential). */
    static String fakeStripeKey(long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder("sk_").append("live_");
        for (int i = 0; i < 32; i++) {
            b.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return b.toString();
    }

    /** A source map whose single original file holds {@code source}. */
    static String sourceMap(String name, String source) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode map = json.createObjectNode();
        map.put("version", 3);
        map.putArray("sources").add(name).add("webpack://app/node_modules/lib/index.js");
        map.putArray("sourcesContent").add(source).add("module.exports = 1;\n");
        map.put("mappings", "AAAA");
        return json.writeValueAsString(map);
    }

    @Test
    void aSecretInAServedBundleIsCriticalLocatedByUrlAndRedacted() {
        String key = fakeStripeKey(7);
        String bundle = "(()=>{const a=1;\nconst s=new Stripe(\"" + key + "\");})();\n";
        ServedSecrets.Result result = ServedSecrets.scan(List.of(
                new ServedSecrets.Served("https://site.test/assets/app.js", bundle, false)));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("secret.stripe-live-secret-key");
            assertThat(f.itemId()).isEqualTo("secrets.no-secrets-in-client-env");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.evidence().url()).isEqualTo("https://site.test/assets/app.js");
            assertThat(f.evidence().path()).isNull();
            assertThat(f.evidence().note()).contains("line 2");
            SecretRule rule = RuleBook.builtIn().rules().stream().filter(r -> r.ruleId().equals(f.ruleId()))
                    .findFirst().orElseThrow();
            assertThat(f.redacted()).isEqualTo(Redaction.redact(rule, key)).startsWith("sk_live_")
                    .endsWith(key.substring(key.length() - 4));
            assertNoValue(f, key);
        });
        assertThat(result.servedKeys()).containsOnlyKeys(Redaction.valueKey(key));
    }

    @Test
    void aSourceMapIsScannedPerOriginalFileAndSkipsLibraries() throws Exception {
        String key = fakeStripeKey(11);
        String map = sourceMap("webpack://app/./src/billing.js", "import x from 'y';\n\nexport const stripeKey = \""
                + key + "\";\n");
        ServedSecrets.Result result = ServedSecrets.scan(List.of(
                new ServedSecrets.Served("https://site.test/assets/app.js.map", map, true)));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.message()).contains("public source map https://site.test/assets/app.js.map");
            assertThat(f.evidence().note()).contains("original file webpack://app/./src/billing.js, line 3");
            assertNoValue(f, key);
        });
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("1 node_modules sources"));
    }

    @Test
    void aMalformedSourceMapIsScannedAsTextAndNoted() {
        String key = fakeStripeKey(13);
        ServedSecrets.Result result = ServedSecrets.scan(List.of(
                new ServedSecrets.Served("https://site.test/a.js.map", "{\"mappings\": \"" + key + "\" oops", true)));
        assertThat(result.findings()).hasSize(1);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("not valid JSON"));
    }

    @Test
    void theSameValueInBundleAndMapIsOneFindingPerUrlAndOneKey() throws Exception {
        String key = fakeStripeKey(17);
        ServedSecrets.Result result = ServedSecrets.scan(List.of(
                new ServedSecrets.Served("https://site.test/app.js", "var k=\"" + key + "\";", false),
                new ServedSecrets.Served("https://site.test/app.js.map",
                        sourceMap("src/k.js", "export const k = \"" + key + "\";\n"), true)));
        assertThat(result.findings()).extracting(f -> f.evidence().url())
                .containsExactly("https://site.test/app.js", "https://site.test/app.js.map");
        assertThat(result.servedKeys()).containsExactly(Map.entry(Redaction.valueKey(key), "https://site.test/app.js"));
    }

    @Test
    void aRepositorySecretThatIsServedGetsASecondCriticalFinding() throws Exception {
        String served = fakeStripeKey(19);
        String kept = fakeStripeKey(23);
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("src/pay.js"), "// payments\nconst stripe = new Stripe(\"" + served + "\");\n");
        Files.writeString(repo.resolve("src/server.js"), "const other = \"" + kept + "\";\n");
        Workspace workspace = Workspace.open(repo);
        List<Note> notes = new ArrayList<>();

        List<Finding> escalated = ServedSecrets.escalate(workspace,
                Map.of(Redaction.valueKey(served), "https://site.test/app.js"), notes);

        assertThat(escalated).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ServedSecrets.SERVED_RULE);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.evidence().path()).isEqualTo("src/pay.js");
            assertThat(f.evidence().line()).isEqualTo(2);
            assertThat(f.evidence().url()).isEqualTo("https://site.test/app.js");
            assertThat(f.message()).contains("src/pay.js:2").contains("https://site.test/app.js");
            assertNoValue(f, served);
        });
        assertThat(notes).isEmpty();
    }

    @Test
    void noServedValueInTheRepositoryIsSaidInANote() throws Exception {
        Files.writeString(repo.resolve("a.js"), "const x = 1;\n");
        List<Note> notes = new ArrayList<>();
        assertThat(ServedSecrets.escalate(Workspace.open(repo),
                Map.of(Redaction.valueKey(fakeStripeKey(29)), "https://site.test/app.js"), notes)).isEmpty();
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.message()).contains("not found in the repository"));
    }

    static void assertNoValue(Finding f, String secret) {
        assertThat(f.toString()).doesNotContain(secret);
        assertThat(f.redacted()).isNotBlank().contains("*");
    }
}
