package dev.prodready.check.infrastructure;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;

import java.util.List;
import java.util.Optional;

/** deploy.checklist: the manual steps around a deploy are written down as a checklist. */
public final class DeploymentChecklistCheck implements Check {

    @Override
    public String itemId() {
        return "deploy.checklist";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<DocumentSignal> checklists = context.facts().all(DocumentSignal.class,
                s -> s.kind() == DocKind.DEPLOYMENT_CHECKLIST);
        if (!checklists.isEmpty()) {
            return Outcome.pass("deployment checklist found",
                    checklists.stream().limit(3).map(s -> s.evidence().withNote("deployment checklist")).toList());
        }
        List<DocumentSignal> process = context.facts().all(DocumentSignal.class,
                s -> s.kind() == DocKind.DEPLOYMENT_PROCESS);
        if (!process.isEmpty()) {
            return Outcome.partial("the deployment process is described, but not as a checklist of the manual steps "
                            + "to tick off", process.stream().limit(3)
                    .map(s -> s.evidence().withNote("deployment process, no checklist")).toList());
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(context.facts(), "a deployment checklist");
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("no deployment checklist in the repository's documents",
                Searched.documents(context.facts(), "deployment-checklist"));
    }
}
