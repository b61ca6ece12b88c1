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

class MavenPomsTest {

    @Test
    void dependenciesPluginsAndProfilesWithVersionsFromTheParentPom() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("maven"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("org.springframework.boot:spring-boot-starter-security", "", false, 16),
                        // managed in the parent pom, with the parent's property
                        tuple("io.sentry:sentry-spring-boot-starter-jakarta", "7.3.0", false, 20),
                        tuple("io.jsonwebtoken:jjwt-api", "0.12.5", false, 24),
                        tuple("com.example:shop-common", "1.4.0", false, 29),
                        tuple("org.springframework.boot:spring-boot-starter-test", "", true, 34),
                        tuple("org.flywaydb:flyway-maven-plugin", "10.6.0", true, 42),
                        tuple("org.apache.maven.plugins:maven-surefire-plugin", "", true, 46),
                        tuple("io.micrometer:micrometer-registry-prometheus", "", false, 56));
        assertThat(sink.facts(Dependency.class)).allMatch(d -> d.ecosystem() == Ecosystem.MAVEN
                && d.evidence().path().equals("app/pom.xml"));
        assertThat(sink.facts(Dependency.class)).filteredOn(d -> d.name().endsWith("micrometer-registry-prometheus"))
                .extracting(d -> d.evidence().note()).containsExactly(
                        "profile observability dependencies: io.micrometer:micrometer-registry-prometheus");
        // dependencyManagement pins versions; it declares nothing
        assertThat(sink.facts(ManifestFact.class)).extracting(ManifestFact::path, ManifestFact::dependencies)
                .containsExactly(tuple("app/pom.xml", 8), tuple("pom.xml", 0));
        assertThat(sink.notes()).isEmpty();
    }

    @Test
    void malformedXmlIsNotedWithItsLine() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("maven-broken"));

        assertThat(sink.facts()).isEmpty();
        assertThat(sink.notes()).singleElement().satisfies(note -> {
            assertThat(note.path()).isEqualTo("pom.xml");
            assertThat(note.message()).startsWith("not valid XML at line 9: ").endsWith("; dependencies from it unknown");
        });
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("maven-xxe"));

        assertThat(sink.facts(Dependency.class)).isEmpty();
        assertThat(sink.notes()).extracting(Note::path).containsExactly("pom.xml");
        assertThat(sink.notes().get(0).message()).startsWith("not valid XML").contains("secret");
    }

    @Test
    void parentCyclesAndMissingParentsDoNotHang(@TempDir Path dir) {
        String pom = """
                <project>
                  <parent><groupId>g</groupId><artifactId>other</artifactId><version>1</version>
                    <relativePath>%s</relativePath></parent>
                  <properties><own>2.0</own></properties>
                  <dependencies>
                    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>
                      <version>${unknown}</version></dependency>
                    <dependency><groupId>com.zaxxer</groupId><artifactId>HikariCP</artifactId>
                      <version>${own}</version></dependency>
                  </dependencies>
                </project>
                """;
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("a/pom.xml", pom.formatted("../b"))
                .write("b/pom.xml", pom.formatted("../a/pom.xml"))
                .write("c/pom.xml", pom.formatted("../../../outside")).open());

        assertThat(sink.facts(Dependency.class)).hasSize(6)
                .extracting(Dependency::name, Dependency::version, d -> d.evidence().line())
                .contains(tuple("org.postgresql:postgresql", "${unknown}", 6), tuple("com.zaxxer:HikariCP", "2.0", 8));
        assertThat(sink.notes()).isEmpty();
    }
}
