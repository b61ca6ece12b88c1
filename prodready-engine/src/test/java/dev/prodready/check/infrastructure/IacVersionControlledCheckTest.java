package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.infrastructure.FactKit.commit;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.IAC_TERRAFORM;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

class IacVersionControlledCheckTest {

    private static final String BACKEND = "terraform {\n  backend \"s3\" {\n    bucket = \"tf-state\"\n  }\n}\n";

    static Stream<Case> cases() {
        String sha = "0123456789abcdef0123456789abcdef01234567";
        return Stream.of(
                Case.of("committed with a remote backend passes", facts(signal(IAC_TERRAFORM, "infra/main.tf"),
                                Scan.file("infra/main.tf", BACKEND), commit(sha, "infra/main.tf", "2026-01-02T10:00:00Z")),
                        PASS, "infra/main.tf @01234567", "infra/main.tf:2"),
                Case.of("committed but local state is partial", facts(signal(IAC_TERRAFORM, "infra/main.tf"),
                        commit(sha, "infra/main.tf", "2026-01-02T10:00:00Z")), PARTIAL, "infra/main.tf @01234567", "infra/main.tf"),
                Case.of("state file committed is partial", facts(signal(IAC_TERRAFORM, "main.tf"),
                        Scan.file("terraform.tfstate", "{\n  \"version\": 4,\n  \"terraform_version\": \"1.7.5\",\n}\n")),
                        PARTIAL, "terraform.tfstate"),
                Case.of("untracked IaC files are partial", facts(signal(IAC_TERRAFORM, "main.tf"),
                        commit(sha, ".github/workflows/ci.yml", "2026-01-02T10:00:00Z")), PARTIAL, "main.tf"),
                Case.of("IaC on disk but never committed fails", facts(signal(IAC_TERRAFORM, "infra/main.tf"),
                        commit(sha, ".github/workflows/ci.yml", "2026-01-02T10:00:00Z"),
                        new dev.prodready.fact.UntrackedFile("infra/main.tf",
                                dev.prodready.fact.Evidence.file("infra/main.tf", "not committed to git"))),
                        FAIL, "infra/main.tf"),
                Case.of("some IaC committed, some not, is partial", facts(signal(IAC_TERRAFORM, "infra/main.tf"),
                        Scan.file("infra/main.tf", BACKEND), commit(sha, "infra/main.tf", "2026-01-02T10:00:00Z"),
                        new dev.prodready.fact.UntrackedFile("infra/extra.tf",
                                dev.prodready.fact.Evidence.file("infra/extra.tf", "not committed to git"))),
                        PARTIAL, "infra/extra.tf", "infra/main.tf @01234567"),
                Case.of("platform config only is partial", facts(signal(PLATFORM_VERCEL, "vercel.json")), PARTIAL, "vercel.json"),
                Case.of("no infrastructure code fails", List.of(), FAIL, "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new IacVersionControlledCheck());
    }
}
