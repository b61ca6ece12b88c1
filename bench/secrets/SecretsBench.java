import dev.prodready.collect.secret.RuleBook;
import dev.prodready.collect.secret.SecretRule;
import dev.prodready.collect.secret.SecretScanOptions;
import dev.prodready.collect.secret.SecretScanResult;
import dev.prodready.collect.secret.SecretScanner;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.workspace.Workspace;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Benchmark driver (not a test): times the secrets engine on a folder.
 *   SecretsBench tree|history|both PATH     -> one line of key=value results
 *   SecretsBench list PATH                  -> tree and history findings, one per line (redacted)
 *   SecretsBench export KEYWORDS PATTERNS   -> the rules' keywords and regexes, for a ripgrep comparison
 */
public class SecretsBench {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("export")) {
            Set<String> keywords = new LinkedHashSet<>();
            StringBuilder patterns = new StringBuilder();
            for (SecretRule rule : RuleBook.builtIn().rules()) {
                keywords.addAll(rule.keywords());
                if (!rule.multiline()) {
                    patterns.append(rule.pattern().pattern()).append('\n');
                }
            }
            Files.writeString(Path.of(args[1]), String.join("\n", keywords) + "\n");
            Files.writeString(Path.of(args[2]), patterns.toString());
            return;
        }
        SecretScanOptions options = switch (args[0]) {
            case "tree" -> SecretScanOptions.treeOnly();
            case "history" -> new SecretScanOptions(false, true, Optional.empty(), false);
            case "list" -> SecretScanOptions.defaults();
            default -> SecretScanOptions.defaults();
        };
        long start = System.nanoTime();
        Workspace workspace = Workspace.open(Path.of(args[1]));
        SecretScanResult result = SecretScanner.scan(workspace, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (args[0].equals("list")) {
            result.findings().forEach(f -> System.out.printf("%-9s %-40s %-34s %s %s%n", f.severity().id(), f.ruleId(),
                    f.itemId(), f.evidence().location(), f.redacted()));
            result.notes().forEach(n -> System.out.println("note " + n.path() + ": " + n.message()));
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        StringBuilder coverage = new StringBuilder();
        for (ScanCoverage c : result.coverage()) {
            coverage.append(c.scope()).append(':').append(c.units()).append(' ').append(c.unitName()).append(' ');
        }
        System.out.printf("mode=%s seconds=%.2f findings=%d coverage=[%s] notes=%d peakHeapMB=%d maxHeapMB=%d%n",
                args[0], seconds, result.findings().size(), coverage.toString().strip(), result.notes().size(),
                peakHeap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
