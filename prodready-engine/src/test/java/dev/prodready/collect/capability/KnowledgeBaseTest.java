package dev.prodready.collect.capability;

import dev.prodready.collect.manifest.RecordingSink;
import dev.prodready.collect.manifest.TestFolder;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.Ecosystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    static Stream<Arguments> entries() {
        return KB.entries().stream().map(e -> Arguments.of(e.file() + " " + e.pattern(), e));
    }

    /**
     * Every entry, end to end: the package declared in a manifest of its ecosystem (Maven coordinates in a pom
     * and in a Gradle build, Gradle plugin ids in a plugins block) gives exactly the listed capabilities,
     * at the line that declares it. A prefix entry is exercised through a made-up name under the prefix.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void declaringThePackageGivesExactlyItsCapabilities(String label, KnowledgeBase.Entry entry, @TempDir Path dir) {
        String name = entry.prefix() ? entry.pattern().substring(0, entry.pattern().length() - 1) + "example"
                : entry.pattern();
        TestFolder folder = new TestFolder(dir);
        Map<String, Integer> declaredAt = new TreeMap<>();
        switch (entry.file()) {
            case "npm.yml" -> declare(folder, declaredAt, "package.json",
                    "{\n  \"dependencies\": {\n    \"" + name + "\": \"^1.0.0\"\n  }\n}\n", 3);
            case "pypi.yml" -> declare(folder, declaredAt, "requirements.txt", "# generated\n" + name + "==1.0\n", 2);
            case "go.yml" -> declare(folder, declaredAt, "go.mod",
                    "module example.com/app\n\ngo 1.22\n\nrequire (\n\t" + name + " v1.0.0\n)\n", 6);
            case "rubygems.yml" -> declare(folder, declaredAt, "Gemfile",
                    "source \"https://rubygems.org\"\n\ngem \"" + name + "\", \"~> 1.0\"\n", 3);
            case "composer.yml" -> declare(folder, declaredAt, "composer.json",
                    "{\n  \"require\": {\n    \"php\": \"^8.2\",\n    \"" + name + "\": \"^1.0\"\n  }\n}\n", 4);
            case "maven.yml" -> {
                if (name.contains(":")) {
                    String[] ga = name.split(":", 2);
                    declare(folder, declaredAt, "pom.xml", "<project>\n  <dependencies>\n    <dependency>\n"
                            + "      <groupId>" + ga[0] + "</groupId>\n      <artifactId>" + ga[1] + "</artifactId>\n"
                            + "    </dependency>\n  </dependencies>\n</project>\n", 5);
                    declare(folder, declaredAt, "gradle/build.gradle",
                            "dependencies {\n    implementation '" + name + ":1.0'\n}\n", 2);
                } else {
                    declare(folder, declaredAt, "build.gradle.kts",
                            "plugins {\n    id(\"" + name + "\") version \"1.0\"\n}\n", 2);
                }
            }
            default -> throw new IllegalStateException("no manifest for " + entry.file());
        }

        RecordingSink sink = new RecordingSink();
        new CapabilityCollector(KB).collect(folder.open(), sink);

        for (Map.Entry<String, Integer> manifest : declaredAt.entrySet()) {
            List<CapabilityFact> facts = sink.facts(CapabilityFact.class).stream()
                    .filter(f -> f.evidence().path().equals(manifest.getKey())).toList();
            assertThat(facts).as(name + " in " + manifest.getKey())
                    .extracting(CapabilityFact::capability)
                    .containsExactlyInAnyOrderElementsOf(entry.capabilities());
            assertThat(facts).allSatisfy(f -> {
                assertThat(f.source()).isEqualTo(name);
                assertThat(f.evidence().line()).isEqualTo(manifest.getValue());
            });
        }
        assertThat(sink.facts()).hasSize(entry.capabilities().size() * declaredAt.size());
        assertThat(sink.notes()).isEmpty();
    }

    private static void declare(TestFolder folder, Map<String, Integer> declaredAt, String path, String text, int line) {
        folder.write(path, text);
        declaredAt.put(path, line);
    }

    @Test
    void coversAtLeast300PackagesAcrossAllSixEcosystems() {
        Map<String, Long> perFile = KB.entries().stream()
                .collect(Collectors.groupingBy(KnowledgeBase.Entry::file, TreeMap::new, Collectors.counting()));

        assertThat(KB.entries()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(perFile).containsOnlyKeys(KnowledgeBase.FILES.keySet());
        assertThat(perFile.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(50));
    }

    @Test
    void everyCapabilityIdIsKnownAndMostAreGivenBySomePackage() {
        // Loading already rejects unknown ids; this guards the data against drifting from the vocabulary.
        assertThat(KB.entries()).flatExtracting(KnowledgeBase.Entry::capabilities)
                .allSatisfy(c -> assertThat(Capability.fromId(c.id())).contains(c));
        List<Capability> given = KB.entries().stream().flatMap(e -> e.capabilities().stream()).distinct().toList();
        assertThat(given).containsAll(List.of(Capability.values()));
    }

    @Test
    void thePackagesAiBuiltAppsUseMapAsExpected() {
        assertThat(KB.capabilities(Ecosystem.NPM, "@supabase/supabase-js"))
                .containsExactly(Capability.AUTH_PROVIDER, Capability.DB_DRIVER);
        assertThat(KB.capabilities(Ecosystem.NPM, "@sentry/nextjs"))
                .containsExactly(Capability.ERROR_TRACKING, Capability.SOURCE_MAP_UPLOAD);
        assertThat(KB.capabilities(Ecosystem.NPM, "@sentry/vite-plugin")).containsExactly(Capability.SOURCE_MAP_UPLOAD);
        assertThat(KB.capabilities(Ecosystem.NPM, "@sentry/node")).containsExactly(Capability.ERROR_TRACKING);
        assertThat(KB.capabilities(Ecosystem.NPM, "posthog-js"))
                .containsExactly(Capability.FEATURE_FLAGS, Capability.ANALYTICS);
        assertThat(KB.capabilities(Ecosystem.PYPI, "django")).contains(Capability.ORM, Capability.MIGRATIONS);
        assertThat(KB.capabilities(Ecosystem.MAVEN, "org.springframework.boot:spring-boot-starter-actuator"))
                .contains(Capability.HEALTH_CHECK);
        assertThat(KB.capabilities(Ecosystem.NPM, "next")).isEmpty();
        assertThat(KB.capabilities(Ecosystem.NPM, "left-pad")).isEmpty();
    }

    @Test
    void exactNamesWinOverPrefixesAndLongerPrefixesOverShorter() {
        KnowledgeBase kb = KnowledgeBase.of(KnowledgeBase.parse("npm.yml", """
                "@acme/*": [error-tracking]
                "@acme/plugin-*": [source-map-upload]
                "@acme/types": []
                """));

        assertThat(kb.capabilities(Ecosystem.NPM, "@acme/node")).containsExactly(Capability.ERROR_TRACKING);
        assertThat(kb.capabilities(Ecosystem.NPM, "@acme/plugin-vite")).containsExactly(Capability.SOURCE_MAP_UPLOAD);
        assertThat(kb.capabilities(Ecosystem.NPM, "@acme/types")).isEmpty();
        assertThat(kb.capabilities(Ecosystem.NPM, "@acmex/node")).isEmpty();
        assertThat(kb.capabilities(Ecosystem.PYPI, "@acme/node")).isEmpty();
    }

    @Test
    void namesAreComparedTheWayEachEcosystemComparesThem() {
        assertThat(KB.capabilities(Ecosystem.PYPI, "Flask_Login")).containsExactly(Capability.AUTH_PROVIDER,
                Capability.SESSION_MANAGEMENT);
        assertThat(KB.capabilities(Ecosystem.PYPI, "python_json.logger")).containsExactly(Capability.STRUCTURED_LOGGING);
        assertThat(KB.capabilities(Ecosystem.GO, "github.com/redis/go-redis/v9")).containsExactly(Capability.CACHE);
        assertThat(KB.capabilities(Ecosystem.GO, "github.com/DataDog/dd-trace-go/v2"))
                .containsExactly(Capability.APM, Capability.TRACING);
        assertThat(KB.capabilities(Ecosystem.GRADLE, "com.zaxxer:HikariCP")).containsExactly(Capability.CONNECTION_POOLING);
        assertThat(KB.capabilities(Ecosystem.MAVEN, "com.zaxxer:HikariCP")).containsExactly(Capability.CONNECTION_POOLING);
        assertThat(KB.capabilities(Ecosystem.COMPOSER, "Stripe/Stripe-PHP")).containsExactly(Capability.PAYMENTS);
    }

    @Test
    void badDataFailsLoudly() {
        assertThatThrownBy(() -> KnowledgeBase.parse("npm.yml", "stripe: [payments, billing]\n"))
                .hasMessageContaining("npm.yml: stripe: unknown capability 'billing'");
        assertThatThrownBy(() -> KnowledgeBase.parse("npm.yml", "stripe: [payments]\nstripe: [email]\n"))
                .hasMessageContaining("Duplicate field 'stripe'");
        assertThatThrownBy(() -> KnowledgeBase.parse("pypi.yml", "Flask_Login: [auth-provider]\n"))
                .hasMessageContaining("write it as 'flask-login'");
        assertThatThrownBy(() -> KnowledgeBase.parse("go.yml", "github.com/redis/go-redis/v9: [cache]\n"))
                .hasMessageContaining("write it as 'github.com/redis/go-redis'");
        assertThatThrownBy(() -> KnowledgeBase.parse("npm.yml", "stripe: payments\n"))
                .hasMessageContaining("expected a list of capability ids");
        assertThatThrownBy(() -> KnowledgeBase.parse("npm.yml", "stripe: [payments, payments]\n"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> KnowledgeBase.parse("cargo.yml", "serde: []\n"))
                .hasMessageContaining("unknown knowledge base file");
    }
}
