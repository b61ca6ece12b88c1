package dev.prodready.check.operations;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.ContentScan;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * oncall.rotation: an on-call schedule in infrastructure code or an on-call document passes. Alerts routed to a
 * paging service suggest a rotation kept in that tool, which only a person can confirm.
 */
public final class OnCallRotationCheck implements Check {

    static final String SCHEDULE = "oncall.schedule-as-code";
    static final String ROUTING = "oncall.alert-routing";

    @Override
    public String itemId() {
        return "oncall.rotation";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<Evidence> found = new ArrayList<>();
        ContentScan.matches(context.facts(), SCHEDULE)
                .forEach(m -> found.add(ContentScan.cite(m, "on-call schedule or escalation policy as code")));
        context.facts().all(DocumentSignal.class, s -> s.kind() == DocKind.ON_CALL)
                .forEach(s -> found.add(s.evidence().withNote("on-call document")));
        if (!found.isEmpty()) {
            return Outcome.pass("on-call is defined: " + Locations.of(found), found.stream().limit(5).toList());
        }
        List<Evidence> routing = ContentScan.matches(context.facts(), ROUTING).stream()
                .map(m -> ContentScan.cite(m, "alerts are sent to a paging service")).limit(5).toList();
        if (!routing.isEmpty()) {
            return Outcome.unknown("alerts go to a paging service (" + Locations.of(routing) + "); the rotation itself"
                    + " lives in that tool, so attest who is on call and how the schedule works", routing);
        }
        return Outcome.unknown("no on-call schedule in infrastructure code and no on-call document; if a rotation"
                + " exists in a paging tool, attest it");
    }
}
