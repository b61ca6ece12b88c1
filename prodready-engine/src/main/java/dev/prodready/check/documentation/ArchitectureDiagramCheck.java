package dev.prodready.check.documentation;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * docs.architecture: a diagram (file or diagram block in a document) passes; architecture prose or decision
 * records without a diagram are partial. Whether the diagram is current is not something files can show.
 */
public final class ArchitectureDiagramCheck implements Check {

    @Override
    public String itemId() {
        return "docs.architecture";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> diagrams = new ArrayList<>();
        facts.all(FileSignal.class, s -> s.kind() == SignalKind.DOCS_ARCHITECTURE_DIAGRAM)
                .forEach(s -> diagrams.add(s.evidence().withNote("architecture diagram")));
        facts.all(DocumentSignal.class, s -> s.kind() == DocKind.ARCHITECTURE_DIAGRAM)
                .forEach(s -> diagrams.add(s.evidence().withNote("architecture diagram in a document")));
        if (!diagrams.isEmpty()) {
            return Outcome.pass("architecture diagram found: " + Locations.of(diagrams)
                    + "; keep it in step with structural changes", diagrams.stream().limit(5).toList());
        }
        List<Evidence> prose = new ArrayList<>();
        facts.all(DocumentSignal.class, s -> s.kind() == DocKind.ARCHITECTURE)
                .forEach(s -> prose.add(s.evidence().withNote("architecture described in words")));
        facts.all(FileSignal.class, s -> s.kind() == SignalKind.DOCS_ADR)
                .forEach(s -> prose.add(s.evidence().withNote("architecture decision records")));
        if (!prose.isEmpty()) {
            return Outcome.partial("the architecture is described (" + Locations.of(prose) + ") but there is no diagram",
                    prose.stream().limit(5).toList());
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "an architecture description");
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("no architecture diagram or architecture document",
                Searched.documents(facts, "architecture diagram or description"));
    }
}
