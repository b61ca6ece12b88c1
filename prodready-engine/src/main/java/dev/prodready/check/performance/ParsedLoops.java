package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.Finding;
import dev.prodready.fact.ForeignKeyFact;
import dev.prodready.fact.ScanCoverage;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parsed-code analysis' facts for the performance checks: queries in loops and foreign keys. */
final class ParsedLoops {

    private static final Map<String, String> LANGUAGE = Map.ofEntries(
            Map.entry("ts", "typescript"), Map.entry("mts", "typescript"), Map.entry("cts", "typescript"),
            Map.entry("tsx", "tsx"), Map.entry("js", "javascript"), Map.entry("jsx", "javascript"),
            Map.entry("mjs", "javascript"), Map.entry("cjs", "javascript"), Map.entry("py", "python"),
            Map.entry("java", "java"), Map.entry("go", "go"), Map.entry("php", "php"), Map.entry("rb", "ruby"));

    private ParsedLoops() {
    }

    /** Database calls the analysis found inside loops, outside tests. */
    static List<Evidence> queriesInLoops(Facts facts) {
        return facts.all(Finding.class, f -> f.ruleId().equals("perf.n-plus-one") && f.evidence().path() != null
                && !Clues.isTestPath(f.evidence().path())).stream().map(Finding::evidence).toList();
    }

    /** Whether the code analysis parsed files in the language of {@code path}. */
    static boolean parsed(Facts facts, String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String language = LANGUAGE.get(p.substring(p.lastIndexOf('.') + 1));
        return language != null && facts.any(ScanCoverage.class, c -> c.engine().equals("code") && c.scope().equals(language));
    }

    static List<ForeignKeyFact> foreignKeys(Facts facts) {
        return facts.all(ForeignKeyFact.class, f -> !Clues.isTestPath(f.evidence().path()));
    }

    static long parsedFiles(Facts facts) {
        return facts.all(ScanCoverage.class, c -> c.engine().equals("code") && !c.scope().equals("skipped"))
                .stream().mapToLong(ScanCoverage::units).sum();
    }
}
