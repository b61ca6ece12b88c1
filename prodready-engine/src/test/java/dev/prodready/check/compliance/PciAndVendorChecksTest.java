package dev.prodready.check.compliance;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import dev.prodready.fact.DocKind;
import dev.prodready.stack.Trait;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.capability;
import static dev.prodready.check.compliance.CheckFixture.doc;
import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.present;
import static dev.prodready.check.compliance.CheckFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

class PciAndVendorChecksTest {

    private final PciDssCheck pci = new PciDssCheck();
    private final VendorInventoryCheck vendors = new VendorInventoryCheck();

    @Test
    void pciDocumentPasses() {
        Outcome o = run(pci, present(Trait.CARD_DATA), doc(DocKind.PCI, "docs/compliance/pci-saq.md", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/compliance/pci-saq.md:1");
    }

    @Test
    void cardDataOnOwnServerWithoutPciRecordFails() {
        Outcome o = run(pci, present(Trait.CARD_DATA), document("README.md", 200));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("package.json:5", "README.md");
    }

    @Test
    void pciUndecidedWhenCardDataScopeIsUnknown() {
        assertThat(run(pci).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void vendorListPasses() {
        Outcome o = run(vendors, doc(DocKind.VENDOR_LIST, "docs/subprocessors.md", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("docs/subprocessors.md:1");
    }

    @Test
    void missingVendorListCitesTheHostedServicesInUse() {
        Outcome o = run(vendors,
                capability(Capability.PAYMENTS, "stripe", "package.json", 18),
                capability(Capability.EMAIL, "resend", "package.json", 21),
                capability(Capability.VALIDATION, "zod", "package.json", 30),
                document("README.md", 200));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("resend, stripe").doesNotContain("zod");
        assertThat(locations(o)).containsExactly("package.json:18", "package.json:21", "README.md");
    }

    @Test
    void missingVendorListWithNoServicesCitesTheDocumentsRead() {
        Outcome o = run(vendors);
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
    }
}
