package dev.prodready.collect.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.audit.Audit;
import dev.prodready.audit.AuditRequest;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.report.ItemResult;
import dev.prodready.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy over fixture repositories written for this project (src/test/resources/fixtures/iac, .../docs and
 * .../pipelines): each fixture is copied to a temporary folder, committed to a fresh git repository, scanned by
 * the real collectors and checks (Audit), and every item its expected.yml names is compared with the verdict.
 * Prints an agreement table per area; requires at least 95% overall and that every pass/partial/fail in every
 * report cites evidence a user can open (an existing file, a line inside it).
 *
 * <p>Run alone: {@code ./mvnw -q -B -pl prodready-engine test -Dtest=FixtureAccuracyTest}
 */
class FixtureAccuracyTest {

    private static final Instant CLOCK = Instant.parse("2026-11-01T09:00:00Z");
    private static final double TARGET = 0.95;

    private record Row(String fixture, String area, String item, String expected, String actual, String message) {
        boolean agrees() {
            return expected.equals(actual);
        }
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final List<String> UNOPENABLE = new ArrayList<>();
    private static final Map<String, Long> MILLIS = new TreeMap<>();

    @BeforeAll
    static void scanEveryFixture() throws Exception {
        Path root = fixtures();
        List<Path> dirs = new ArrayList<>();
        for (String group : List.of("pipelines", "iac", "docs")) {
            try (Stream<Path> s = Files.list(root.resolve(group))) {
                s.filter(d -> Files.exists(d.resolve("expected.yml"))).sorted().forEach(dirs::add);
            }
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path dir : dirs) {
            String name = root.relativize(dir).toString().replace('\\', '/');
            JsonNode expected = yaml.readTree(dir.resolve("expected.yml").toFile()).path("expect");
            Path copy = Files.createTempDirectory("prodready-fixture-").resolve(dir.getFileName().toString());
            copyTree(dir, copy);
            gitCommit(copy);
            long start = System.nanoTime();
            Report report = new Audit().run(AuditRequest.of(copy).withDisplayPath(name)
                    .withClock(Clock.fixed(CLOCK, ZoneOffset.UTC)));
            MILLIS.put(name, (System.nanoTime() - start) / 1_000_000);
            Map<String, ItemResult> byId = new LinkedHashMap<>();
            report.items().forEach(r -> byId.put(r.item().id(), r));
            expected.fields().forEachRemaining(e -> {
                ItemResult r = byId.get(e.getKey());
                assertThat(r).as(name + ": no catalogue item " + e.getKey()).isNotNull();
                ROWS.add(new Row(name, r.item().area().id(), e.getKey(), e.getValue().asText(), r.status().id(),
                        r.outcome().message()));
            });
            for (ItemResult r : report.items()) {
                if (r.status().decidedByEvidence()) {
                    for (Evidence ev : r.outcome().evidence()) {
                        openable(copy, ev).ifPresent(problem -> UNOPENABLE.add(name + " " + r.item().id() + ": " + problem));
                    }
                }
            }
        }
    }

    @Test
    void agreementPerAreaReachesTheTarget() {
        Map<String, int[]> byArea = new TreeMap<>();
        for (Row r : ROWS) {
            int[] c = byArea.computeIfAbsent(r.area(), k -> new int[2]);
            c[0] += r.agrees() ? 1 : 0;
            c[1]++;
        }
        StringBuilder table = new StringBuilder("\nFixture accuracy (expected status per item vs the audit)\n");
        table.append(String.format(Locale.ROOT, "%-16s %8s %8s %9s%n", "area", "agree", "items", "agreement"));
        int agree = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : byArea.entrySet()) {
            table.append(String.format(Locale.ROOT, "%-16s %8d %8d %8.1f%%%n", e.getKey(), e.getValue()[0],
                    e.getValue()[1], 100.0 * e.getValue()[0] / e.getValue()[1]));
            agree += e.getValue()[0];
            total += e.getValue()[1];
        }
        table.append(String.format(Locale.ROOT, "%-16s %8d %8d %8.1f%%%n", "all", agree, total, 100.0 * agree / total));
        table.append(ROWS.stream().map(Row::fixture).distinct().count()).append(" fixtures; scan time per fixture (ms): ")
                .append(MILLIS).append('\n');
        List<Row> disagreements = ROWS.stream().filter(r -> !r.agrees())
                .sorted(Comparator.comparing(Row::fixture).thenComparing(Row::item)).toList();
        if (!disagreements.isEmpty()) {
            table.append("Disagreements:\n");
            disagreements.forEach(r -> table.append(String.format(Locale.ROOT, "  %-34s %-28s expected %-8s got %-8s %s%n",
                    r.fixture(), r.item(), r.expected(), r.actual(), r.message())));
        }
        System.out.println(table);
        assertThat(total).isGreaterThan(100);
        assertThat((double) agree / total).as(table.toString()).isGreaterThanOrEqualTo(TARGET);
    }

    @Test
    void everyDecidedItemCitesEvidenceAUserCanOpen() {
        assertThat(UNOPENABLE).isEmpty();
    }

    @Test
    void noExpectedPassIsDecidedWithoutEvidence() {
        assertThat(ROWS).filteredOn(r -> r.actual().equals(Status.PASS.id())).isNotEmpty();
    }

    /** Why the evidence cannot be opened, or empty when it can. */
    private static java.util.Optional<String> openable(Path root, Evidence e) {
        if (e.path() == null) {
            return e.url() != null || e.commit() != null ? java.util.Optional.empty()
                    : java.util.Optional.of("evidence without a location");
        }
        Path p = root.resolve(e.path()).normalize();
        if (!p.startsWith(root) || !Files.exists(p)) {
            return java.util.Optional.of(e.location() + " does not exist");
        }
        if (e.line() > 0) {
            if (Files.isDirectory(p)) {
                return java.util.Optional.of(e.location() + " is a folder, cited with a line");
            }
            try {
                long lines = Files.readString(p, StandardCharsets.UTF_8).lines().count();
                if (e.line() > lines) {
                    return java.util.Optional.of(e.location() + " is past the end of the file (" + lines + " lines)");
                }
            } catch (IOException ex) {
                return java.util.Optional.of(e.location() + " cannot be read");
            }
        }
        return java.util.Optional.empty();
    }

    static Path fixtures() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path f = p.resolve("prodready-engine/src/test/resources/fixtures");
            if (Files.isDirectory(f.resolve("iac"))) {
                return f;
            }
            Path g = p.resolve("src/test/resources/fixtures");
            if (Files.isDirectory(g.resolve("iac"))) {
                return g;
            }
        }
        throw new IllegalStateException("fixtures not found above " + here);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("expected.yml")) {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void gitCommit(Path dir) throws IOException, InterruptedException {
        git(dir, "init", "-q");
        git(dir, "add", "-A");
        git(dir, "-c", "user.email=dev@example.com", "-c", "user.name=dev", "commit", "-q", "-m", "fixture",
                "--date", "2026-10-01T10:00:00Z");
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null",
                "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("GIT_COMMITTER_DATE", "2026-10-01T10:00:00Z");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + out);
        }
    }
}
