package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;

import java.util.List;

/** data.vendor-dpas: a data processing agreement is in place with each vendor that handles personal data. */
public final class VendorDpaCheck implements Check {

    @Override
    public String itemId() {
        return "data.vendor-dpas";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<DocumentSignal> dpas = context.facts().all(DocumentSignal.class, s -> s.kind() == DocKind.DPA);
        if (!dpas.isEmpty()) {
            return Outcome.pass("data processing agreements are recorded",
                    dpas.stream().limit(3).map(s -> s.evidence().withNote("DPA record")).toList());
        }
        List<DocumentSignal> vendors = context.facts().all(DocumentSignal.class, s -> s.kind() == DocKind.VENDOR_LIST);
        if (!vendors.isEmpty()) {
            return Outcome.partial("vendors (sub-processors) are listed, but no record shows a DPA with each",
                    vendors.stream().limit(3).map(s -> s.evidence().withNote("vendor list without DPA status")).toList());
        }
        return Outcome.unknown("no record of data processing agreements in the repository; signed DPAs usually live "
                + "elsewhere, so attest them", Searched.documents(context.facts(), "dpa"));
    }
}
