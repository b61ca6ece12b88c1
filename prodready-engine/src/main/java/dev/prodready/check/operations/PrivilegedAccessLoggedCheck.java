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
 * access.privileged-logged: "limited" is shown by a privileged-access document, "logged" by an audit trail in
 * infrastructure code. Both pass, one is partial, neither is unknown (both may be set up outside the repo).
 */
public final class PrivilegedAccessLoggedCheck implements Check {

    static final String AUDIT_TRAIL = "audit.cloud-trail";

    @Override
    public String itemId() {
        return "access.privileged-logged";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<Evidence> limited = context.facts().all(DocumentSignal.class, s -> s.kind() == DocKind.PRIVILEGED_ACCESS)
                .stream().map(s -> s.evidence().withNote("who holds privileged access")).limit(3).toList();
        List<Evidence> logged = ContentScan.matches(context.facts(), AUDIT_TRAIL).stream()
                .map(m -> ContentScan.cite(m, "audit trail of administrative actions")).limit(3).toList();
        List<Evidence> all = new ArrayList<>(limited);
        all.addAll(logged);
        if (!limited.isEmpty() && !logged.isEmpty()) {
            return Outcome.pass("privileged access is documented and administrative actions are logged: "
                    + Locations.of(all), all);
        }
        if (!logged.isEmpty()) {
            return Outcome.partial("administrative actions are logged (" + Locations.of(logged) + "), but no document"
                    + " says who holds privileged roles or how they are limited", all);
        }
        if (!limited.isEmpty()) {
            return Outcome.partial("privileged access is documented (" + Locations.of(limited) + "), but no audit"
                    + " logging of administrative actions was found in infrastructure code", all);
        }
        return Outcome.unknown("no privileged-access document and no audit trail in infrastructure code; if both are"
                + " handled in provider consoles, attest them");
    }
}
