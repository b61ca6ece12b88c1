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

class PythonManifestsTest {

    @Test
    void requirementsWithMarkersExtrasHashesAndEditables() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("python-req"));

        assertThat(sink.facts(Dependency.class)).filteredOn(d -> d.evidence().path().equals("requirements.txt"))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("django", ">=4.2,<5.0", false, 4),
                        tuple("sentry-sdk", "==1.40.0", false, 5),
                        tuple("psycopg", ">=3.1", false, 6),
                        tuple("gunicorn", "==21.2.0", false, 7),
                        tuple("example-payments", "", false, 10));
        assertThat(sink.facts(Dependency.class)).allMatch(d -> d.ecosystem() == Ecosystem.PYPI);
    }

    @Test
    void includesAreFollowedAndDevIsJudgedPerFile() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("python-req"));

        assertThat(sink.facts(Dependency.class)).filteredOn(d -> !d.evidence().path().equals("requirements.txt"))
                .extracting(d -> d.evidence().path(), Dependency::name, Dependency::dev, d -> d.evidence().line())
                .containsExactlyInAnyOrder(
                        tuple("requirements/base.txt", "celery", false, 1),
                        tuple("requirements/base.txt", "django-ratelimit", false, 2),
                        tuple("requirements-dev.txt", "pytest", true, 3),
                        // named like no requirements file, included only by a dev file
                        tuple("common-tools.txt", "bandit", true, 1));
        assertThat(sink.facts(ManifestFact.class)).extracting(ManifestFact::path, ManifestFact::dependencies)
                .containsExactlyInAnyOrder(tuple("common-tools.txt", 1), tuple("requirements-dev.txt", 1),
                        tuple("requirements.txt", 5), tuple("requirements/base.txt", 2));
    }

    @Test
    void unreadableLinesAndOutsideIncludesAreNoted() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("python-req"));

        assertThat(sink.notes()).extracting(Note::path, Note::message).containsExactlyInAnyOrder(
                tuple("requirements.txt", "line 13 includes ../outside.txt, which is not among the scanned files; "
                        + "the dependencies it lists are unknown"),
                tuple("requirements.txt", "line 14 is not a requirement pip understands "
                        + "('this is not a requirement!'); skipped"));
    }

    @Test
    void poetryTablesGroupsAndLock() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("python-poetry"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("fastapi", "^0.109.0", false, 7),
                        tuple("sqlalchemy", "^2.0", false, 8),
                        tuple("python-jose", "^3.3.0", false, 9),
                        tuple("pytest", "^8.0", true, 12),
                        tuple("structlog", "^24.1", false, 18));
        assertThat(dependency(sink, "pyproject.toml", "sqlalchemy").evidence().note())
                .isEqualTo("tool.poetry.dependencies: sqlalchemy ^2.0; locked 2.0.25 in poetry.lock");
        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile).singleElement()
                .satisfies(m -> {
                    assertThat(m.dependencies()).isEqualTo(3);
                    assertThat(m.evidence().note()).contains("poetry.lock v2.0");
                });
    }

    @Test
    void pep621OptionalDependencyGroupsAndUv() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("python-pep621"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("httpx", ">=0.26", false, 6),
                        tuple("rq", "==1.15.1", false, 7),
                        tuple("structlog", "", false, 8),
                        tuple("asyncpg", ">=0.29", false, 12),
                        tuple("pytest", ">=8", true, 14),
                        tuple("ruff", ">=0.2", true, 18),
                        tuple("locust", ">=2.20", true, 21));
        assertThat(dependency(sink, "pyproject.toml", "httpx").evidence().note()).endsWith("locked 0.26.0 in uv.lock");
        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile)
                .extracting(ManifestFact::dependencies).containsExactly(2); // the project itself is not counted
    }

    @Test
    void pipfileAndItsLock() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("python-pipenv"));

        assertThat(sink.facts(Dependency.class))
                .extracting(Dependency::name, Dependency::version, Dependency::dev, d -> d.evidence().line())
                .containsExactly(
                        tuple("flask", "", false, 7),
                        tuple("flask-limiter", ">=3.5", false, 8),
                        tuple("requests", "==2.31.0", false, 9),
                        tuple("pytest", "", true, 12));
        assertThat(dependency(sink, "Pipfile", "flask-limiter").evidence().note()).endsWith("locked 3.5.0 in Pipfile.lock");
        assertThat(sink.facts(ManifestFact.class)).filteredOn(ManifestFact::lockfile)
                .extracting(ManifestFact::dependencies).containsExactly(5);
    }

    @Test
    void pipCompiledRequirementsAreALockfileForTheirInput() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("python-compiled"));

        assertThat(sink.facts(ManifestFact.class))
                .extracting(ManifestFact::path, ManifestFact::lockfile, ManifestFact::dependencies)
                .containsExactlyInAnyOrder(tuple("requirements.in", false, 2), tuple("requirements.txt", true, 3));
        assertThat(sink.facts(Dependency.class)).extracting(d -> d.evidence().path()).containsOnly("requirements.in");
        assertThat(dependency(sink, "requirements.in", "flask").evidence().note())
                .isEqualTo("requirements.in: flask; locked 3.0.1 in requirements.txt");
    }

    @Test
    void malformedTomlIsNotedWithItsLine() {
        RecordingSink sink = TestFolder.collect(TestFolder.fixture("python-broken"));

        assertThat(sink.facts()).isEmpty();
        assertThat(sink.notes()).singleElement().satisfies(note -> {
            assertThat(note.path()).isEqualTo("pyproject.toml");
            assertThat(note.message()).startsWith("not valid TOML at line 5: ").endsWith("; dependencies from it unknown");
        });
    }

    @Test
    void pyprojectWithOnlyToolSettingsIsNoManifest(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("pyproject.toml", "[tool.ruff]\nline-length = 100\n").open());

        assertThat(sink.facts()).isEmpty();
        assertThat(sink.notes()).isEmpty();
    }

    @Test
    void badPep508StringInPyprojectIsNotedAndSkipped(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\n  \"flask >>> 2\",\n  \"bleach\",\n]\n")
                .open());

        assertThat(sink.facts(Dependency.class)).extracting(Dependency::name, d -> d.evidence().line())
                .containsExactly(tuple("bleach", 5));
        assertThat(sink.notes()).extracting(Note::message)
                .containsExactly("line 4: 'flask >>> 2' is not a requirement PEP 508 allows; skipped");
    }

    @Test
    void includeCyclesAndRequirementsFolderFiles(@TempDir Path dir) {
        RecordingSink sink = TestFolder.collect(new TestFolder(dir)
                .write("requirements/production.txt", "-r local.txt\nstripe>=7\n")
                .write("requirements/local.txt", "-r production.txt\nFlask_SQLAlchemy==3.1\n")
                .open());

        assertThat(sink.facts(Dependency.class))
                .extracting(d -> d.evidence().path(), Dependency::name, Dependency::dev)
                .containsExactlyInAnyOrder(
                        tuple("requirements/local.txt", "flask-sqlalchemy", true),
                        tuple("requirements/production.txt", "stripe", false));
        assertThat(sink.notes()).isEmpty();
    }

    @Test
    void pep508Forms() {
        assertThat(Pep508.parse("requests [security,tests] >= 2.8.1, == 2.8.* ; python_version < \"2.7\""))
                .contains(new Pep508.Requirement("requests", ">=2.8.1,==2.8.*"));
        assertThat(Pep508.parse("pip @ https://github.com/pypa/pip/archive/1.3.1.zip"))
                .contains(new Pep508.Requirement("pip", ""));
        assertThat(Pep508.parse("name (>=1.0)")).contains(new Pep508.Requirement("name", ">=1.0"));
        assertThat(Pep508.parse("Zope.Interface~=5.0")).contains(new Pep508.Requirement("zope-interface", "~=5.0"));
        assertThat(Pep508.parse("not a requirement")).isEmpty();
        assertThat(Pep508.parse("-e .")).isEmpty();
    }
}
