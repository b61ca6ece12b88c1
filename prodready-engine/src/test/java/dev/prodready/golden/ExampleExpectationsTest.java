package dev.prodready.golden;

import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.report.ItemResult;
import dev.prodready.report.RedFlagResult;
import dev.prodready.report.Report;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user of the examples must see: the prototype's planted gaps raise their red flags, the well-run app
 * raises none and scores high, and most of the seed checklist is decided from evidence a user can open.
 */
class ExampleExpectationsTest {

    @Test
    void thePrototypeRaisesTheRedFlagsItWasBuiltWith() {
        Report r = ExampleReports.report("lovable-supabase-app");
        assertThat(r.raisedRedFlags()).extracting(f -> f.flag().seedRef())
                .contains("1.rf2", "1.rf3", "1.rf4", "2.rf2", "4.rf2", "6.rf1");
        assertThat(status(r, "secrets.no-env-files-committed")).isEqualTo(Status.FAIL);
        assertThat(status(r, "supabase.rls-enabled")).isEqualTo(Status.FAIL);
        assertThat(status(r, "appsec.parameterized-queries")).isEqualTo(Status.FAIL);
        assertThat(status(r, "auth.mfa")).isEqualTo(Status.FAIL);
        assertThat(status(r, "deploy.tests-in-ci")).isEqualTo(Status.FAIL);
        assertThat(r.summary().score()).isLessThan(30);
        assertThat(r.stack().remediationStack()).isEqualTo("vite-supabase");
    }

    @Test
    void theWellRunAppRaisesNoRedFlagAndScoresHigh() {
        Report r = ExampleReports.report("well-run-saas");
        assertThat(r.raisedRedFlags()).extracting(RedFlagResult::flag).isEmpty();
        assertThat(r.summary().score()).isGreaterThanOrEqualTo(80);
        assertThat(r.summary().verifiedShare()).isGreaterThan(0.8);
        assertThat(r.stack().remediationStack()).isEqualTo("nextjs");
        for (String id : List.of("auth.mfa", "authz.rbac", "appsec.input-validation", "errors.tracking",
                "db.backups-automated", "db.deletion-protection", "backup.cross-region", "dr.rto-defined", "incident.plan", "docs.architecture")) {
            assertThat(status(r, id)).as(id).isEqualTo(Status.PASS);
        }
    }

    @Test
    void atLeastSeventySeedItemsAreDecidedWithAPathAndLineAUserCanOpen() throws Exception {
        Set<String> decided = new HashSet<>();
        for (String example : ExampleReports.EXAMPLES) {
            Path root = ExampleReports.examplesDir().resolve(example);
            for (ItemResult r : ExampleReports.report(example).items()) {
                boolean byEvidence = r.status().decidedByEvidence() || r.status() == Status.NOT_APPLICABLE;
                boolean openable = r.outcome().evidence().stream().anyMatch(e -> opens(root, e));
                if (byEvidence && openable) {
                    decided.addAll(r.item().seedRefs());
                }
            }
        }
        Set<String> seedItems = seedItems();
        decided.retainAll(seedItems);
        assertThat(seedItems).hasSize(153);
        assertThat(decided.size()).as("seed items decided with path:line evidence").isGreaterThanOrEqualTo(70);
    }

    @Test
    void everyPassPartialAndFailCitesEvidence() {
        for (String example : ExampleReports.EXAMPLES) {
            for (ItemResult r : ExampleReports.report(example).items()) {
                if (r.status().decidedByEvidence()) {
                    assertThat(r.outcome().evidence()).as(example + " " + r.item().id()).isNotEmpty();
                }
            }
        }
    }

    private static boolean opens(Path root, Evidence e) {
        return e.path() != null && e.line() > 0 && Files.isRegularFile(root.resolve(e.path()));
    }

    private static Status status(Report r, String id) {
        return r.items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow().status();
    }

    private static Set<String> seedItems() throws Exception {
        Set<String> refs = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ExampleExpectationsTest.class.getResourceAsStream("/seed/checklist-index.tsv")), StandardCharsets.UTF_8))) {
            in.readLine();
            in.lines().map(l -> l.split("\t")[0]).filter(ref -> !ref.contains(".rf") && !ref.isBlank()).forEach(refs::add);
        }
        return refs;
    }
}
