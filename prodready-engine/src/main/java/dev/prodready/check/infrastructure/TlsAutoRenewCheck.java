package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;
import dev.prodready.live.LiveVerdicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * tls.auto-renew: the production certificate is issued and renewed without a person (ACM with DNS validation,
 * cert-manager, Caddy, Traefik ACME, or a platform's managed certificates).
 */
public final class TlsAutoRenewCheck implements Check {

    private static final Pattern VALIDATION = Pattern.compile("validation_method\\s*=\\s*\"(DNS|EMAIL)\"");
    private static final Set<String> MANAGED = Set.of("google_compute_managed_ssl_certificate",
            "google_certificate_manager_certificate", "azurerm_app_service_managed_certificate",
            "cloudflare_certificate_pack");

    @Override
    public String itemId() {
        return "tls.auto-renew";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.LIVE_DECIDES);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        List<Evidence> auto = new ArrayList<>();
        List<Evidence> manual = new ArrayList<>();
        for (IacBlock cert : iac.resources(Set.of("aws_acm_certificate"))) {
            Optional<ContentMatch> imported = iac.first(cert, "tf.imported-certificate");
            String method = iac.first(cert, "tf.acm-validation").flatMap(m -> Matches.group(m, VALIDATION, 1)).orElse("");
            if (imported.isPresent()) {
                manual.add(imported.get().evidence().withNote(cert.label()
                        + " is imported: ACM does not renew imported certificates"));
            } else if (method.equals("DNS")) {
                auto.add(cert.evidence(cert.label() + ": ACM renews DNS-validated certificates itself"));
            } else if (method.equals("EMAIL")) {
                manual.add(cert.evidence(cert.label() + ": email validation; each renewal waits for someone to approve an email"));
            }
        }
        iac.resources(Set.of("AWS::CertificateManager::Certificate"))
                .forEach(b -> auto.add(b.evidence("ACM certificate (DNS validation renews automatically)")));
        iac.resources(Set.of("aws_iam_server_certificate"))
                .forEach(b -> manual.add(b.evidence("uploaded server certificate: renewed by hand")));
        iac.resources(MANAGED).forEach(b -> auto.add(b.evidence(b.label() + ": provider-managed certificate")));
        Matches.of(facts, "tf.cloudfront-default-cert").stream().limit(1)
                .forEach(m -> auto.add(m.evidence().withNote("CloudFront default certificate, managed by AWS")));
        Matches.of(facts, "tf.cloudflare-proxied").stream().limit(1)
                .forEach(m -> auto.add(m.evidence().withNote("Cloudflare edge certificate, renewed by Cloudflare")));
        Matches.of(facts, "k8s.cert-manager").stream().limit(1)
                .forEach(m -> auto.add(m.evidence().withNote("cert-manager issues and renews certificates")));
        Matches.of(facts, "tls.caddy-site").stream().limit(1)
                .forEach(m -> auto.add(m.evidence().withNote("Caddy obtains and renews certificates for this site")));
        Matches.of(facts, "tls.acme-renewal").stream().limit(1)
                .forEach(m -> auto.add(m.evidence().withNote("ACME client renews the certificate")));
        Platforms.signals(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY, SignalKind.PLATFORM_FLY,
                        SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_APP_ENGINE)
                .forEach(s -> auto.add(s.evidence().withNote(s.kind().id() + ": the platform issues and renews certificates")));
        Platforms.firebaseHosting(facts).ifPresent(e -> auto.add(e.withNote("Firebase Hosting manages certificates")));
        if (auto.isEmpty()) {
            Matches.of(facts, "tls.letsencrypt-path").stream().limit(1).forEach(m -> manual.add(m.evidence()
                    .withNote("Let's Encrypt certificate on the host: renewal depends on a timer nothing here shows")));
        }
        if (!manual.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(manual);
            evidence.addAll(auto);
            return Outcome.partial("a certificate is configured but at least one needs a person to renew it",
                    evidence.stream().limit(5).toList());
        }
        if (!auto.isEmpty()) {
            return Outcome.pass("certificates are issued and renewed automatically", auto.stream().limit(5).toList());
        }
        return Outcome.unknown("no certificate management visible; check the live site (scan --url) or attest how "
                + "the certificate is renewed");
    }
}
