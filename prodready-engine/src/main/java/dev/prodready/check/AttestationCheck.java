package dev.prodready.check;

/**
 * For items no repository can show (a signed DPA, a vendor's SOC 2 report): always unknown, pointing to
 * what would settle it. Attestations in .prodready.yml then decide the item.
 */
public abstract class AttestationCheck implements Check {

    private final String itemId;

    protected AttestationCheck(String itemId) {
        this.itemId = itemId;
    }

    @Override
    public final String itemId() {
        return itemId;
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        String settle = context.item().settle();
        return Outcome.unknown(settle.isBlank() ? "only a person can attest this" : settle);
    }
}
