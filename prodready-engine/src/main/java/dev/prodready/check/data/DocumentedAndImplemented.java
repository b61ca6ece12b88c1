package dev.prodready.check.data;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.check.infrastructure.Matches;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Items that want both a written policy and code carrying it out: both pass, one is partial, none fails. */
final class DocumentedAndImplemented {

    private DocumentedAndImplemented() {
    }

    static Outcome judge(Facts facts, DocKind kind, String patternId, String policy, String implementation) {
        List<DocumentSignal> docs = facts.all(DocumentSignal.class, s -> s.kind() == kind);
        List<ContentMatch> code = Matches.of(facts, patternId);
        List<Evidence> evidence = new ArrayList<>();
        docs.stream().limit(2).forEach(d -> evidence.add(d.evidence().withNote(policy)));
        evidence.addAll(Matches.cite(code, 3, m -> implementation));
        if (!docs.isEmpty() && !code.isEmpty()) {
            return Outcome.pass(policy + " is written down and code carries it out", evidence);
        }
        if (!docs.isEmpty()) {
            return Outcome.partial(policy + " is written down, but no code carrying it out was found", evidence);
        }
        if (!code.isEmpty()) {
            return Outcome.partial(implementation + " exists in code, but no written " + policy + " says what it must do",
                    evidence);
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "a written " + policy);
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("no " + policy + " in the documents and no " + implementation + " in the code",
                Searched.documents(facts, kind.id()));
    }
}
