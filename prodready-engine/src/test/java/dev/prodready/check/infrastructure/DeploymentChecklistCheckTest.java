package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.infrastructure.FactKit.doc;
import static dev.prodready.check.infrastructure.FactKit.document;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.fact.DocKind.DEPLOYMENT_CHECKLIST;
import static dev.prodready.fact.DocKind.DEPLOYMENT_PROCESS;

class DeploymentChecklistCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("checklist passes", facts(doc(DEPLOYMENT_CHECKLIST, "", "docs/deploy.md", 8)), PASS, "docs/deploy.md:8"),
                Case.of("process without checklist is partial", facts(doc(DEPLOYMENT_PROCESS, "", "README.md", 40)),
                        PARTIAL, "README.md:40"),
                Case.of("no document fails, citing what was read", facts(document("README.md")), FAIL, "README.md"),
                Case.of("no documents at all fails, citing the root", List.of(), FAIL, "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new DeploymentChecklistCheck());
    }
}
