package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;

/**
 * encryption.at-rest: infrastructure code that turns storage encryption off fails; code that turns it on (or
 * names a KMS key) passes. Field-level encryption alone is partial: it protects some columns, not the disks and
 * backups. Managed platforms encrypt storage by their own statement, which only an attestation can record.
 */
public final class EncryptionAtRestCheck implements Check {

    @Override
    public String itemId() {
        return "encryption.at-rest";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> off = Matches.cite(Matches.notInTests(
                Matches.of(facts, SecurityPatterns.CRYPTO_STORAGE_ENCRYPTION_OFF)), "storage encryption switched off");
        List<Evidence> on = Matches.cite(Matches.notInTests(
                Matches.of(facts, SecurityPatterns.CRYPTO_STORAGE_ENCRYPTION_ON)), "storage encryption on");
        List<Evidence> fields = new ArrayList<>(Matches.cite(Matches.notInTests(
                Matches.of(facts, SecurityPatterns.CRYPTO_FIELD_ENCRYPTION)), "field-level encryption"));
        fields.addAll(Providers.cite(Providers.with(facts, Capability.ENCRYPTION), "encryption library"));
        if (!off.isEmpty()) {
            return Outcome.fail("infrastructure code leaves storage unencrypted: " + Matches.where(off),
                    Matches.concat(off, on, 8));
        }
        if (!on.isEmpty()) {
            return Outcome.pass("infrastructure code encrypts storage: " + Matches.where(on),
                    Matches.concat(on, Matches.first(fields, 2), 8));
        }
        if (!fields.isEmpty()) {
            return Outcome.partial("sensitive fields are encrypted in the application (" + Matches.where(fields)
                    + "), but nothing in the repository shows storage and backup encryption", Matches.first(fields, 5));
        }
        List<Evidence> managed = new ArrayList<>(Providers.supabase(facts));
        managed.addAll(Providers.firebase(facts));
        if (!managed.isEmpty()) {
            return Outcome.unknown("the data sits on a managed platform that states it encrypts storage; the repository"
                    + " cannot show it, so attest it with the provider's documentation", Matches.first(managed, 3));
        }
        return Outcome.unknown("no storage encryption setting was found in the repository; attest how the database,"
                + " volumes and backups are encrypted");
    }
}
