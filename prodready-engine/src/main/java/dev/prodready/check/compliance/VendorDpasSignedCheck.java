package dev.prodready.check.compliance;

import dev.prodready.check.AttestationCheck;

/** vendors.dpas-signed: signed agreements live in vendors' dashboards, not in the repository. */
public final class VendorDpasSignedCheck extends AttestationCheck {
    public VendorDpasSignedCheck() {
        super("vendors.dpas-signed");
    }
}
