package dev.prodready.check.compliance;

import dev.prodready.check.AttestationCheck;

/** vendors.soc2-reports: vendors' reports are shared under NDA, never kept in the repository. */
public final class VendorSoc2ReportsCheck extends AttestationCheck {
    public VendorSoc2ReportsCheck() {
        super("vendors.soc2-reports");
    }
}
