package dev.prodready.check.data;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Optional;

/** A recovery objective (RTO or RPO) is stated with a figure, only named, or nowhere in the documents. */
final class StatedObjective {

    private StatedObjective() {
    }

    static Outcome judge(Facts facts, DocKind kind, String name, String meaning) {
        List<DocumentSignal> found = facts.all(DocumentSignal.class, s -> s.kind() == kind);
        List<DocumentSignal> withFigure = found.stream().filter(s -> !s.value().isBlank()).toList();
        if (!withFigure.isEmpty()) {
            DocumentSignal first = withFigure.get(0);
            return Outcome.pass(name + " stated: " + first.value().strip(),
                    withFigure.stream().limit(3).map(s -> s.evidence().withNote(name + " " + s.value().strip())).toList());
        }
        if (!found.isEmpty()) {
            return Outcome.partial(name + " is mentioned but no figure is given (" + meaning + ")",
                    found.stream().limit(3).map(s -> s.evidence().withNote(name + " without a figure")).toList());
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "a stated " + name);
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("no " + name + " in the repository's documents (" + meaning + ")",
                Searched.documents(facts, kind.id()));
    }
}
