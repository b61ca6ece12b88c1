package dev.prodready.collect.capability;

import dev.prodready.collect.Collectors;
import dev.prodready.collect.manifest.ManifestCollector;
import dev.prodready.collect.manifest.RecordingSink;
import dev.prodready.collect.manifest.TestFolder;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.Dependency;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CapabilityCollectorTest {

    private static RecordingSink capabilities(Workspace workspace) {
        RecordingSink sink = new RecordingSink();
        new CapabilityCollector().collect(workspace, sink);
        return sink;
    }

    @Test
    void declaredPackagesGiveCapabilitiesAtTheirDeclaringLine() {
        RecordingSink sink = capabilities(TestFolder.fixture("npm-app"));

        assertThat(sink.facts(CapabilityFact.class))
                .extracting(CapabilityFact::capability, CapabilityFact::source, f -> f.evidence().location())
                .containsExactlyInAnyOrder(
                        tuple(Capability.AUTH_PROVIDER, "@supabase/supabase-js", "package.json:6"),
                        tuple(Capability.DB_DRIVER, "@supabase/supabase-js", "package.json:6"),
                        tuple(Capability.PAYMENTS, "stripe", "package.json:8"),
                        tuple(Capability.UNIT_TESTING, "vitest", "package.json:11"),
                        tuple(Capability.SOURCE_MAP_UPLOAD, "@sentry/vite-plugin", "package.json:12"),
                        tuple(Capability.IMAGE_OPTIMIZATION, "sharp", "package.json:18"),
                        tuple(Capability.VALIDATION, "zod", "packages/web/package.json:4"));
    }

    @Test
    void evidenceIsTheDependencysOwn() {
        Workspace workspace = TestFolder.fixture("maven");
        RecordingSink capabilities = capabilities(workspace);
        RecordingSink manifests = TestFolder.collect(workspace);

        assertThat(capabilities.facts(CapabilityFact.class)).isNotEmpty().allSatisfy(fact -> {
            Dependency dependency = manifests.facts(Dependency.class).stream()
                    .filter(d -> d.name().equals(fact.source())).findFirst().orElseThrow();
            assertThat(fact.evidence()).isEqualTo(dependency.evidence());
        });
        assertThat(capabilities.facts(CapabilityFact.class)).extracting(CapabilityFact::source).contains(
                "org.springframework.boot:spring-boot-starter-security", "io.sentry:sentry-spring-boot-starter-jakarta",
                "org.flywaydb:flyway-maven-plugin", "io.micrometer:micrometer-registry-prometheus");
    }

    @Test
    void packagesOnlyALockfileNamesGiveNothing() {
        // pnpm-lock.yaml locks playwright (pulled in by @playwright/test); only the declared package counts.
        RecordingSink sink = capabilities(TestFolder.fixture("pnpm"));

        assertThat(sink.facts(CapabilityFact.class)).filteredOn(f -> f.capability() == Capability.E2E_TESTING)
                .extracting(CapabilityFact::source).containsExactly("@playwright/test");
        assertThat(sink.facts(CapabilityFact.class)).allMatch(f -> f.evidence().path().equals("package.json"));
    }

    @Test
    void goModulesMatchAcrossMajorVersions() {
        RecordingSink sink = capabilities(TestFolder.fixture("go"));

        assertThat(sink.facts(CapabilityFact.class)).extracting(CapabilityFact::capability, CapabilityFact::source)
                .containsExactlyInAnyOrder(
                        tuple(Capability.ERROR_TRACKING, "github.com/getsentry/sentry-go"),
                        tuple(Capability.DB_DRIVER, "github.com/jackc/pgx/v5"),
                        tuple(Capability.CONNECTION_POOLING, "github.com/jackc/pgx/v5"),
                        tuple(Capability.CACHE, "github.com/redis/go-redis/v9"));
    }

    @Test
    void unreadableManifestsAreLeftToTheManifestCollectorToNote() {
        RecordingSink sink = capabilities(TestFolder.fixture("npm-broken"));

        assertThat(sink.facts()).isEmpty();
        assertThat(sink.notes()).isEmpty();
        assertThat(TestFolder.collect(TestFolder.fixture("npm-broken")).notes()).hasSize(1);
    }

    @Test
    void bothCollectorsAreRegistered() {
        assertThat(Collectors.ALL).hasAtLeastOneElementOfType(ManifestCollector.class)
                .hasAtLeastOneElementOfType(CapabilityCollector.class);
        assertThat(Collectors.ALL).extracting(c -> c.id()).contains("manifests", "capabilities").doesNotHaveDuplicates();
    }
}
