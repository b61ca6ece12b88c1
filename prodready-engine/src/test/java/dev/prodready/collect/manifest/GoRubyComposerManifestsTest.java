package dev.prodready.collect.manifest;

import dev.prodready.fact.Dependency;
import dev.prodready.fact.Ecosystem;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.prodready.collect.manifest.NpmManifestsTest.dependency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GoRubyComposerManifestsTest {

    @Test
    void goModDirectRequirementsOnly() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("go"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::ecosystem, Dependency::name, Dependency::version, d -> d.evidence().line())
                .containsExactly(
                        tuple(Ecosystem.GO, "github.com/getsentry/sentry-go", "v0.26.0", 5),
                        tuple(Ecosystem.GO, "github.com/jackc/pgx/v5", "v5.5.2", 8),
                        tuple(Ecosystem.GO, "github.com/redis/go-redis/v9", "v9.4.0", 9));
        assertThat(sink.facts(ManifestFact.class))
                .extracting(ManifestFact::path, ManifestFact::lockfile, ManifestFact::dependencies)
                .containsExactlyInAnyOrder(tuple("go.mod", false, 3), tuple("go.sum", true, 4));
        assertThat(sink.facts(ManifestFact.class)).filteredOn(m -> m.path().equals("go.mod"))
                .extracting(m -> m.evidence().note()).containsExactly(
                        "go.mod declares 3 dependencies; 1 indirect requirement only pinned for dependencies of dependencies");
        assertThat(sink.notes()).isEmpty();
    }

    @Test
    void goModWithAnUnclosedBlockIsNoted(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("go.mod", "module x\n\ngo 1.21\n\nrequire (\n\tgithub.com/lib/pq v1.10.9\n").open());

        assertThat(sink.facts()).isEmpty();
        assertThat(sink.notes()).extracting(Note::message).containsExactly(
                "not valid go.mod at line 5: the require block opened here is never closed; dependencies from it unknown");
    }

    @Test
    void gemfileGroupsBlocksAndLockedVersions() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("ruby"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("rails", "~> 7.1.3", false, 5),
                        tuple("pg", "~> 1.1", false, 6),
                        tuple("devise", "", false, 7),
                        tuple("sidekiq", ">= 7.0, < 8", false, 8),
                        tuple("rspec-rails", "", true, 9),
                        tuple("activerecord-jdbc-adapter", "", false, 12),
                        tuple("debug", "", true, 16),
                        tuple("brakeman", "", true, 17),
                        tuple("lograge", "", false, 21));
        assertThat(dependency(sink, "Gemfile", "devise").evidence().note())
                .isEqualTo("gems: devise; locked 4.9.3 in Gemfile.lock");
        assertThat(dependency(sink, "Gemfile", "debug").evidence().note()).isEqualTo("group development, test: debug");
        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile)
                .extracting(ManifestFact::dependencies).containsExactly(5);
        assertThat(sink.notes()).extracting(Note::path, Note::message).containsExactly(tuple("Gemfile",
                "the gem at line 24 is named by code ('gem ENV.fetch(\"CUSTOM_GEM\")'); that dependency unknown"));
    }

    @Test
    void composerRequireAndRequireDevWithoutPlatformPackages() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("php"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::ecosystem, Dependency::name, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple(Ecosystem.COMPOSER, "laravel/framework", false, 6),
                        tuple(Ecosystem.COMPOSER, "stripe/stripe-php", false, 7),
                        tuple(Ecosystem.COMPOSER, "spatie/laravel-permission", false, 8),
                        tuple(Ecosystem.COMPOSER, "phpunit/phpunit", true, 11));
        assertThat(dependency(sink, "composer.json", "stripe/stripe-php").evidence().note())
                .isEqualTo("require: stripe/stripe-php ^13.0; locked v13.9.0 in composer.lock");
        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile)
                .extracting(ManifestFact::dependencies).containsExactly(5);
    }

    @Test
    void malformedComposerLockIsNotedAndComposerJsonStillRead(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("composer.json", "{\"require\": {\"monolog/monolog\": \"^3.0\"}}")
                .write("composer.lock", "{\n  \"packages\": [\n    {\"name\": \"monolog/monolog\",}\n  ]\n}\n").open());

        assertThat(sink.facts(Dependency.class)).extracting(Dependency::name).containsExactly("monolog/monolog");
        assertThat(sink.notes()).singleElement().satisfies(n -> assertThat(n.message())
                .startsWith("not valid JSON at line 3: ").endsWith("; locked versions from it unknown"));
    }
}
