package dev.prodready.collect.manifest;

import dev.prodready.fact.Dependency;
import dev.prodready.fact.Ecosystem;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GradleBuildsTest {

    @Test
    void kotlinScriptWithVersionCatalogPluginsAndProperties() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("gradle-kts"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("org.springframework.boot", "3.2.2", true, 3),
                        tuple("org.flywaydb.flyway", "10.6.0", true, 4),
                        tuple("io.sentry.jvm.gradle", "4.2.0", true, 5),
                        tuple("org.jetbrains.kotlin.jvm", "1.9.22", true, 6),
                        tuple("org.springframework.boot:spring-boot-starter-web", "3.2.2", false, 12),
                        tuple("org.springframework.boot:spring-boot-starter-actuator", "3.2.2", false, 13),
                        tuple("io.opentelemetry:opentelemetry-api", "1.34.1", false, 14),
                        tuple("io.opentelemetry:opentelemetry-sdk", "1.34.1", false, 14),
                        tuple("com.stripe:stripe-java", "24.13.0", false, 15),
                        tuple("io.sentry:sentry-spring-boot-starter-jakarta", "7.3.0", false, 16),
                        tuple("org.junit.jupiter:junit-jupiter", "5.10.1", true, 20),
                        tuple("org.jetbrains.kotlin:kotlin-test", "", true, 21));
        assertThat(sink.facts(Dependency.class)).allMatch(d -> d.ecosystem() == Ecosystem.GRADLE
                && d.evidence().path().equals("app/build.gradle.kts"));
        assertThat(sink.facts(ManifestFact.class)).extracting(ManifestFact::path, ManifestFact::dependencies)
                .containsExactly(tuple("app/build.gradle.kts", 12));
        assertThat(sink.notes()).extracting(Note::path, Note::message).containsExactly(tuple("app/build.gradle.kts",
                "the dependency declared at line 22 is computed by the build script and cannot be read without "
                        + "running it; that dependency unknown"));
    }

    @Test
    void groovyScriptWithMapNotationExtPropertiesAndAppliedPlugins() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("gradle-groovy"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("org.springframework.boot", "3.2.2", true, 3),
                        tuple("org.owasp.dependencycheck", "", true, 10),
                        tuple("org.springframework.boot:spring-boot-starter-data-jpa", "", false, 13),
                        tuple("com.bucket4j:bucket4j-core", "8.7.0", false, 14),
                        tuple("org.flywaydb:flyway-core", "10.6.0", false, 15),
                        tuple("org.projectlombok:lombok", "1.18.30", false, 16),
                        tuple("org.projectlombok:lombok", "1.18.30", false, 17),
                        tuple("org.springframework.boot:spring-boot-starter-test", "", true, 18));
        assertThat(sink.notes()).isEmpty();
    }

    @Test
    void malformedCatalogIsNotedOnceAndLibrariesFromItUnknown(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("gradle/libs.versions.toml", "[libraries]\nfoo = { module = \"a:b\" \n")
                .write("a/build.gradle", "dependencies {\n  implementation libs.foo\n  implementation 'x:y:1'\n}\n")
                .write("b/build.gradle", "dependencies {\n  implementation libs.foo\n}\n").open());

        assertThat(sink.facts(Dependency.class)).extracting(Dependency::name).containsExactly("x:y");
        assertThat(sink.notes()).extracting(Note::path).containsExactlyInAnyOrder(
                "gradle/libs.versions.toml", "a/build.gradle", "b/build.gradle");
        assertThat(sink.notes()).filteredOn(n -> n.path().endsWith(".toml")).singleElement()
                .satisfies(n -> assertThat(n.message()).startsWith("not valid TOML at line 2")
                        .endsWith("; the libraries it names are unknown"));
    }

    @Test
    void configurationBlocksAndAssignmentsAreNotDeclarations() {
        GradleBuilds.Result result = GradleBuilds.read("""
                configurations {
                    compileOnly {
                        extendsFrom annotationProcessor
                    }
                }
                val api = "x"
                dependencies {
                    "implementation"("org.example:quoted-configuration:1.0")
                    implementation("com.example:lib:1.0@aar")
                    debugImplementation("com.squareup.leakcanary:leakcanary-android:2.12")
                    androidTestImplementation("androidx.test.espresso:espresso-core:3.5.1")
                }
                """, java.util.Map.of(), VersionCatalog.EMPTY);

        assertThat(result.declared()).extracting(Declared::name, Declared::version, Declared::dev, Declared::line)
                .containsExactly(
                        tuple("com.example:lib", "1.0", false, 9),
                        tuple("com.squareup.leakcanary:leakcanary-android", "2.12", false, 10),
                        tuple("androidx.test.espresso:espresso-core", "3.5.1", true, 11));
        assertThat(result.unreadable()).isZero();
    }
}
