package dev.prodready.check.operations;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.check.ContentScan;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** incident.runbooks: runbook documents, or alert rules that link a runbook. */
public final class RunbooksCheck implements Check {

    static final String RUNBOOK_LINK = "alert.runbook-link";

    @Override
    public String itemId() {
        return "incident.runbooks";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<Evidence> found = new ArrayList<>();
        context.facts().all(DocumentSignal.class, s -> s.kind() == DocKind.RUNBOOK)
                .forEach(s -> found.add(s.evidence().withNote("runbook")));
        ContentScan.matches(context.facts(), RUNBOOK_LINK)
                .forEach(m -> found.add(ContentScan.cite(m, "alert rule links a runbook")));
        if (!found.isEmpty()) {
            return Outcome.pass("runbooks found: " + Locations.of(found), found.stream().limit(5).toList());
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(context.facts(), "runbooks");
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("no runbook document and no alert rule with a runbook link",
                Searched.documents(context.facts(), "runbook"));
    }
}
