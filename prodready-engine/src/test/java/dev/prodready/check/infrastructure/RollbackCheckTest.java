package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.ReleaseTag;

import java.time.Instant;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.doc;
import static dev.prodready.check.infrastructure.FactKit.document;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.DocKind.ROLLBACK;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

class RollbackCheckTest {

    private static final String OLD = "1111111111111111111111111111111111111111";
    private static final String NEW = "2222222222222222222222222222222222222222";

    private static ReleaseTag tag(String name, String commit, String when) {
        return new ReleaseTag(name, commit, Instant.parse(when), Evidence.inCommit(commit, null, 0, "tag " + name));
    }

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("release tags alone are partial: what to redeploy is named, nothing deploys it",
                        facts(tag("v1.4.1", OLD, "2026-01-02T10:00:00Z"), tag("v1.4.2", NEW, "2026-02-02T10:00:00Z"),
                                document("README.md")),
                        PARTIAL, NEW, OLD),
                Case.of("release tags are cited next to a platform rollback",
                        facts(signal(PLATFORM_VERCEL, "vercel.json"), tag("v2.0.0", NEW, "2026-02-02T10:00:00Z")),
                        PARTIAL, "vercel.json", NEW),
                Case.of("documented procedure is partial until a drill is attested",
                        facts(doc(ROLLBACK, "", "docs/runbook.md", 14), signal(PLATFORM_VERCEL, "vercel.json")),
                        PARTIAL, "docs/runbook.md:14", "vercel.json"),
                Case.of("hand-run copies without a procedure fail (2.rf3)",
                        facts(Scan.file("deploy.sh", "scp -r build/* root@203.0.113.10:/srv/site\n"), document("README.md")),
                        FAIL, "deploy.sh:1", "README.md"),
                Case.of("platform rollback without a procedure is partial", facts(signal(PLATFORM_VERCEL, "vercel.json")),
                        PARTIAL, "vercel.json"),
                Case.of("kubernetes deployment counts as a mechanism", facts(Scan.file("k8s/app.yaml",
                        "apiVersion: apps/v1\nkind: Deployment\n")), PARTIAL, "k8s/app.yaml:2"),
                Case.of("nothing known is unknown, citing the documents read", facts(document("README.md")),
                        UNKNOWN, "README.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new RollbackCheck());
    }
}
