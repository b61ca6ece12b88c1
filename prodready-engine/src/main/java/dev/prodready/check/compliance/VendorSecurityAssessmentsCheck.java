package dev.prodready.check.compliance;

import dev.prodready.check.DocumentCheck;
import dev.prodready.fact.DocKind;

/** vendors.security-assessments: vendor security assessments, shown by a document in the repository or else attested. */
public final class VendorSecurityAssessmentsCheck extends DocumentCheck {
    public VendorSecurityAssessmentsCheck() {
        super("vendors.security-assessments", DocKind.VENDOR_ASSESSMENT);
    }
}
