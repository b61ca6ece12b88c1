package dev.prodready.check.compliance;

import dev.prodready.check.Check;

import java.util.List;

/** The checks of the compliance area, one per catalogue item, in catalogue order. */
public final class ComplianceChecks {

    public static final List<Check> ALL = List.of(
            new PrivacyPolicyCheck(),
            new TermsOfServiceCheck(),
            new CookieConsentCheck(),
            new GdprComplianceCheck(),
            new CustomerDpaCheck(),
            new RightToAccessCheck(),
            new RightToDeleteCheck(),
            new DataPortabilityCheck(),
            new CcpaComplianceCheck(),
            new Soc2PreparationCheck(),
            new HipaaControlsCheck(),
            new PciDssCheck(),
            new Iso27001Check(),
            new VendorInventoryCheck(),
            new VendorDpasSignedCheck(),
            new VendorSecurityAssessmentsCheck(),
            new VendorSoc2ReportsCheck());

    private ComplianceChecks() {
    }
}
