package dev.prodready.report;

import dev.prodready.catalogue.RedFlag;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.render.JsonRenderer;
import dev.prodready.stack.StackProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static dev.prodready.report.TestItems.SECURITY;
import static dev.prodready.report.TestItems.item;
import static dev.prodready.report.TestItems.result;
import static org.assertj.core.api.Assertions.assertThat;

class BaselineTest {

    private static Finding finding(String fp, String path) {
        return new Finding("secret.stripe", "secrets.no-keys-in-code", Severity.CRITICAL, "Stripe key", "sk_live_****abcd",
                fp, Evidence.at(path, 3, null));
    }

    private static Report report(List<ItemResult> items, List<Finding> findings, boolean flagRaised) {
        Map<String, ItemResult> byId = new java.util.HashMap<>();
        items.forEach(r -> byId.put(r.item().id(), r));
        List<RedFlagResult> flags = RedFlags.evaluate(List.of(new RedFlag("1.rf2", "keys", "why", List.of("a"))), byId);
        return new Report("0", new Target(".", Optional.empty(), Optional.empty()), Instant.EPOCH, StackProfile.empty(),
                Scoring.summarise(List.of(SECURITY), items), items, flags, findings,
                Planner.plan(items, Set.of()), List.of());
    }

    @Test
    void onlyNewFindingsFlagsAndFailuresRemain(@TempDir Path tmp) throws Exception {
        Report before = report(List.of(result(item("a", SECURITY, Severity.CRITICAL, 1, 1, 2), Status.FAIL),
                result(item("b", SECURITY, Severity.HIGH, 1, 3, 4), Status.PASS)), List.of(finding("f1", "x.env")), true);
        StringWriter json = new StringWriter();
        new JsonRenderer().render(before, json);
        Path file = Files.writeString(tmp.resolve("base.json"), json.toString());
        Baseline baseline = Baseline.read(file);

        Report now = report(List.of(result(item("a", SECURITY, Severity.CRITICAL, 1, 1, 2), Status.FAIL),
                result(item("b", SECURITY, Severity.HIGH, 1, 3, 4), Status.FAIL)),
                List.of(finding("f1", "x.env"), finding("f2", "y.ts")), true);
        Report diff = baseline.apply(now);
        assertThat(diff.findings()).extracting(Finding::fingerprint).containsExactly("f2");
        assertThat(diff.raisedRedFlags()).isEmpty();
        assertThat(diff.plan().phases().get(0).itemIds()).containsExactly("b");
        assertThat(diff.plan().phases().get(0).effortHours().max()).isEqualTo(4);
        Gate high = new Gate(List.of(Gate.Condition.HIGH), OptionalInt.empty());
        assertThat(high.verdict(diff)).hasValueSatisfying(v -> assertThat(v).contains("first b"));
        Gate critical = new Gate(List.of(Gate.Condition.CRITICAL), OptionalInt.empty());
        assertThat(critical.verdict(diff)).as("a failed before: not new").isEmpty();
        assertThat(critical.verdict(now)).isPresent();
    }

    @Test
    void rejectsAFileThatIsNotAReport(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("x.json"), "{\"hello\": 1}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Baseline.read(file))
                .hasMessageContaining("not a prodready JSON report");
    }
}
