package dev.prodready.check.documentation;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.check.TraitGate;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.List;

/**
 * docs.api: an OpenAPI or GraphQL schema, an API documentation generator, or API reference documents pass.
 * Their absence is a fail only when the app is known to offer an API to others.
 */
public final class ApiDocsCheck implements Check {

    @Override
    public String itemId() {
        return "docs.api";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> found = new ArrayList<>();
        facts.all(FileSignal.class, s -> s.kind() == SignalKind.API_OPENAPI || s.kind() == SignalKind.API_GRAPHQL_SCHEMA)
                .forEach(s -> found.add(s.evidence().withNote("machine-readable API description")));
        facts.all(CapabilityFact.class, c -> c.capability() == Capability.API_DOCS)
                .forEach(c -> found.add(c.evidence().withNote(c.source() + " generates API documentation")));
        facts.all(DocumentSignal.class, s -> s.kind() == DocKind.API_DOCS)
                .forEach(s -> found.add(s.evidence().withNote("API reference")));
        if (!found.isEmpty()) {
            return Outcome.pass("the API is documented: " + Locations.of(found), found.stream().limit(5).toList());
        }
        if (!TraitGate.present(context, Trait.PUBLIC_API)) {
            return TraitGate.undecided(context, Trait.PUBLIC_API, "no API description or API documentation");
        }
        List<Evidence> evidence = new ArrayList<>(context.stack().trait(Trait.PUBLIC_API).evidence().stream().limit(2)
                .map(e -> e.withNote("the app offers an API here")).toList());
        evidence.addAll(Searched.repository("OpenAPI/GraphQL schema, API documentation generator or API reference"));
        return Outcome.fail("the app offers an API but nothing documents it", evidence);
    }
}
