package dev.prodready.golden;

import dev.prodready.audit.Audit;
import dev.prodready.audit.AuditRequest;
import dev.prodready.config.ConfigLoader;
import dev.prodready.report.Report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Scans the bundled examples the way golden files need them: copied out of this repository (so no git
 * history of ours leaks in), with a fixed clock, version and display path.
 */
public final class ExampleReports {

    public static final Instant CLOCK = Instant.parse("2026-11-01T09:00:00Z");
    public static final String VERSION = "0.0.0-golden";
    public static final List<String> EXAMPLES = List.of("lovable-supabase-app", "well-run-saas");

    private static final Map<String, Report> CACHE = new ConcurrentHashMap<>();

    private ExampleReports() {
    }

    public static Path examplesDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("mvnw"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found above " + here);
    }

    public static Report report(String example) {
        return CACHE.computeIfAbsent(example, ExampleReports::scan);
    }

    private static Report scan(String example) {
        try {
            Path copy = Files.createTempDirectory("prodready-golden-").resolve(example);
            copyTree(examplesDir().resolve(example), copy);
            AuditRequest request = AuditRequest.of(copy).withDisplayPath("examples/" + example)
                    .withClock(Clock.fixed(CLOCK, ZoneOffset.UTC)).withConfig(ConfigLoader.load(copy));
            Report r = new Audit().run(request);
            return new Report(VERSION, r.target(), r.generatedAt(), r.stack(), r.summary(), r.items(), r.redFlags(),
                    r.findings(), r.plan(), r.notes());
        } catch (Exception e) {
            throw new IllegalStateException("scanning example " + example + ": " + e, e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
