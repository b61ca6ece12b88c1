package dev.prodready.check;

import dev.prodready.check.compliance.ComplianceChecks;
import dev.prodready.check.data.DataChecks;
import dev.prodready.check.documentation.DocumentationChecks;
import dev.prodready.check.infrastructure.InfrastructureChecks;
import dev.prodready.check.monitoring.MonitoringChecks;
import dev.prodready.check.operations.OperationsChecks;
import dev.prodready.check.performance.PerformanceChecks;
import dev.prodready.check.security.SecurityChecks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The explicit registry of every check; CatalogueIntegrityTest proves it matches the catalogue one to one. */
public final class Checks {

    public static final List<Check> ALL = Stream.of(
                    SecurityChecks.ALL, InfrastructureChecks.ALL, DataChecks.ALL, MonitoringChecks.ALL,
                    PerformanceChecks.ALL, ComplianceChecks.ALL, OperationsChecks.ALL, DocumentationChecks.ALL)
            .flatMap(List::stream)
            .toList();

    private static final Map<String, Check> BY_ITEM = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Check::itemId, Function.identity(), (a, b) -> {
                throw new IllegalStateException("two checks for item " + a.itemId());
            }));

    private Checks() {
    }

    public static Optional<Check> forItem(String itemId) {
        return Optional.ofNullable(BY_ITEM.get(itemId));
    }
}
