package dev.prodready.collect.manifest;

import dev.prodready.fact.Dependency;
import dev.prodready.fact.Ecosystem;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NpmManifestsTest {

    @Test
    void packageJsonDeclaresEverySectionAtItsLine() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("npm-app"));

        assertThat(sink.facts(Dependency.class).stream().filter(d -> d.evidence().path().equals("package.json")))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("@supabase/supabase-js", "^2.39.0", false, 6),
                        tuple("next", "14.1.0", false, 7),
                        tuple("stripe", "^14.0.0", false, 8),
                        tuple("vitest", "^1.2.0", true, 11),
                        tuple("@sentry/vite-plugin", "^2.14.0", true, 12),
                        tuple("react", "^18.0.0", false, 15), // a peer also installed ("next") is declared once
                        tuple("sharp", "^0.33.0", false, 18));
        assertThat(sink.facts(Dependency.class)).allMatch(d -> d.ecosystem() == Ecosystem.NPM);
        assertThat(sink.notes()).isEmpty();
    }

    @Test
    void lockedVersionsJoinTheEvidenceNote() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("npm-app"));

        Dependency stripe = dependency(sink, "package.json", "stripe");
        assertThat(stripe.version()).isEqualTo("^14.0.0");
        assertThat(stripe.evidence().note()).isEqualTo("dependencies: stripe ^14.0.0; locked 14.12.0 in package-lock.json");
        // A workspace member is locked by the lockfile at the top, its own nested copy first.
        Dependency zod = dependency(sink, "packages/web/package.json", "zod");
        assertThat(zod.evidence().line()).isEqualTo(4);
        assertThat(zod.evidence().note()).endsWith("locked 3.23.0 in package-lock.json");
    }

    @Test
    void lockfileGivesAManifestFactAndNoDependencies() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("npm-app"));

        assertThat(sink.facts(ManifestFact.class))
                .extracting(ManifestFact::path, ManifestFact::lockfile, ManifestFact::dependencies)
                .containsExactlyInAnyOrder(
                        tuple("package-lock.json", true, 10),
                        tuple("package.json", false, 7),
                        tuple("packages/web/package.json", false, 1));
        assertThat(sink.facts(Dependency.class)).noneMatch(d -> d.evidence().path().equals("package-lock.json"));
        ManifestFact lock = sink.facts(ManifestFact.class).stream().filter(ManifestFact::lockfile).findFirst().orElseThrow();
        assertThat(lock.evidence().note()).isEqualTo("lockfile (package-lock.json v3): 10 packages locked");
    }

    @Test
    void malformedPackageJsonBecomesANoteWithItsLine() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("npm-broken"));

        assertThat(sink.facts()).isEmpty();
        assertThat(sink.notes()).singleElement().satisfies(note -> {
            assertThat(note.path()).isEqualTo("package.json");
            assertThat(note.message()).startsWith("not valid JSON at line 9: ")
                    .endsWith("; dependencies from it unknown");
        });
    }

    @Test
    void pnpmLockV9FromImporters() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("pnpm"));

        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile).singleElement()
                .satisfies(m -> {
                    assertThat(m.dependencies()).isEqualTo(4);
                    assertThat(m.evidence().note()).contains("pnpm-lock.yaml v9.0");
                });
        assertThat(dependency(sink, "package.json", "@clerk/nextjs").evidence().note())
                .isEqualTo("dependencies: @clerk/nextjs ^4.29.0; locked 4.29.5 in pnpm-lock.yaml");
        assertThat(dependency(sink, "package.json", "@playwright/test").dev()).isTrue();
        assertThat(dependency(sink, "package.json", "@playwright/test").evidence().note()).contains("locked 1.41.2");
    }

    @Test
    void pnpmLockV6WithoutImportersAndV5PeerSuffixes(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("package.json", "{\"dependencies\": {\"ioredis\": \"^5.3.0\", \"bull\": \"^4.12.0\"}}")
                .write("pnpm-lock.yaml", """
                        lockfileVersion: '6.0'
                        dependencies:
                          ioredis:
                            specifier: ^5.3.0
                            version: 5.3.2
                          bull:
                            specifier: ^4.12.0
                            version: 4.12.2_ioredis@5.3.2
                        packages:
                          /ioredis@5.3.2:
                            resolution: {integrity: sha512-AAAA}
                          /bull@4.12.2:
                            resolution: {integrity: sha512-BBBB}
                        """).open());

        assertThat(dependency(sink, "package.json", "ioredis").evidence().note()).endsWith("locked 5.3.2 in pnpm-lock.yaml");
        assertThat(dependency(sink, "package.json", "bull").evidence().note()).endsWith("locked 4.12.2 in pnpm-lock.yaml");
    }

    @Test
    void yarnClassicLockMatchesDescriptors() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("yarn-classic"));

        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile).singleElement()
                .satisfies(m -> {
                    assertThat(m.dependencies()).isEqualTo(3);
                    assertThat(m.evidence().note()).contains("yarn.lock (classic)");
                });
        assertThat(dependency(sink, "package.json", "express").evidence().note()).endsWith("locked 4.18.2 in yarn.lock");
        assertThat(dependency(sink, "package.json", "@sentry/node").evidence().note()).endsWith("locked 7.99.0 in yarn.lock");
    }

    @Test
    void yarnBerryLockSkipsTheWorkspaceItself() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("yarn-berry"));

        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile).singleElement()
                .satisfies(m -> {
                    assertThat(m.dependencies()).isEqualTo(2);
                    assertThat(m.evidence().note()).contains("yarn.lock (berry)");
                });
        assertThat(dependency(sink, "package.json", "pino").evidence().note()).endsWith("locked 8.17.2 in yarn.lock");
    }

    @Test
    void packageLockV1NestedDependencies(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("package.json", "{\n  \"dependencies\": {\n    \"express\": \"^4.17.1\"\n  }\n}\n")
                .write("package-lock.json", """
                        {"lockfileVersion": 1, "dependencies": {
                          "express": {"version": "4.17.1", "dependencies": {"debug": {"version": "2.6.9"}}},
                          "ms": {"version": "2.1.3"}}}
                        """).open());

        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile)
                .extracting(ManifestFact::dependencies).containsExactly(3);
        Dependency express = dependency(sink, "package.json", "express");
        assertThat(express.evidence().line()).isEqualTo(3);
        assertThat(express.evidence().note()).endsWith("locked 4.17.1 in package-lock.json");
    }

    @Test
    void malformedLockfileIsNotedAndTheManifestStillRead(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("package.json", "{\"dependencies\": {\"cors\": \"^2.8.5\"}}")
                .write("package-lock.json", "{\"lockfileVersion\": 3,\n\"packages\": {\n")
                .write("sub/pnpm-lock.yaml", "importers: [\n  - a\n b: }\n")
                .write("sub/package.json", "[]").open());

        assertThat(sink.facts(Dependency.class)).extracting(Dependency::name).containsExactly("cors");
        assertThat(sink.notes()).extracting(Note::path, n -> n.message().replaceFirst(":.*;", ":;"))
                .containsExactlyInAnyOrder(
                        tuple("package-lock.json", "not valid JSON at line 3:; locked versions from it unknown"),
                        tuple("sub/pnpm-lock.yaml", "not valid YAML at line 2:; locked versions from it unknown"),
                        tuple("sub/package.json", "not valid JSON at line 1:; dependencies from it unknown"));
    }

    @Test
    void emptyAndNullValuesAreTolerated(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("package.json", "{\"name\": \"x\", \"dependencies\": {\"a\": null, \"b\": {\"weird\": 1}}, "
                        + "\"devDependencies\": [], \"scripts\": {\"test\": \"vitest\"}}").open());

        assertThat(sink.facts(Dependency.class)).extracting(Dependency::name, Dependency::version)
                .containsExactly(tuple("a", ""), tuple("b", ""));
        assertThat(sink.notes()).isEmpty();
    }

    static Dependency dependency(RecordingSink sink, String path, String name) {
        List<Dependency> found = sink.facts(Dependency.class).stream()
                .filter(d -> d.evidence().path().equals(path) && d.name().equals(name)).toList();
        assertThat(found).as(name + " in " + path).hasSize(1);
        return found.get(0);
    }
}
