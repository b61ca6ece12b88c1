package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacValue;
import dev.prodready.fact.SignalKind;
import dev.prodready.live.LiveVerdicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * tls.auto-renew: the production certificate is issued and renewed without a person (ACM with DNS validation,
 * cert-manager, Caddy, Traefik ACME, or a platform's managed certificates).
 */
public final class TlsAutoRenewCheck implements Check {

    private static final Set<String> MANAGED = Set.of("google_compute_managed_ssl_certificate",
            "google_certificate_manager_certificate", "azurerm_app_service_managed_certificate",
            "cloudflare_certificate_pack");
    private static final Set<String> CERT_MANAGER = Set.of("Certificate", "ClusterIssuer", "Issuer");

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
            String method = cert.text("validation_method");
            if (cert.has("private_key") || cert.has("certificate_body")) {
                manual.add(cert.at(cert.has("private_key") ? "private_key" : "certificate_body", cert.label()
                        + " is imported: ACM does not renew imported certificates"));
            } else if (method.equals("DNS")) {
                auto.add(cert.at("validation_method", cert.label() + ": ACM renews DNS-validated certificates itself"));
            } else if (method.equals("EMAIL")) {
                manual.add(cert.at("validation_method", cert.label()
                        + ": email validation; each renewal waits for someone to approve an email"));
            }
        }
        for (IacBlock cert : iac.resources(Set.of("AWS::CertificateManager::Certificate"))) {
            if (cert.text("Properties.ValidationMethod").equals("EMAIL")) {
                manual.add(cert.at("Properties.ValidationMethod", cert.label() + ": email validation; renewals wait "
                        + "for someone to approve an email"));
            } else {
                auto.add(cert.evidence(cert.label() + ": ACM certificate, renewed by AWS"));
            }
        }
        iac.resources(Set.of("aws_iam_server_certificate", "AWS::IAM::ServerCertificate"))
                .forEach(b -> manual.add(b.evidence(b.label() + ": uploaded server certificate, renewed by hand")));
        iac.resources(MANAGED).forEach(b -> auto.add(b.evidence(b.label() + ": provider-managed certificate")));
        for (IacBlock cdn : iac.resources(Set.of("aws_cloudfront_distribution"))) {
            for (IacBlock vc : cdn.blocks("viewer_certificate")) {
                if (vc.bool("cloudfront_default_certificate").orElse(false)) {
                    auto.add(vc.at("cloudfront_default_certificate", "CloudFront default certificate, managed by AWS"));
                }
            }
        }
        iac.resources(Set.of("cloudflare_record", "cloudflare_dns_record")).stream()
                .filter(r -> r.bool("proxied").orElse(false)).limit(1)
                .forEach(r -> auto.add(r.at("proxied", "Cloudflare edge certificate, renewed by Cloudflare")));
        iac.resources(CERT_MANAGER).stream().filter(r -> r.text("apiVersion").startsWith("cert-manager.io")).limit(1)
                .forEach(r -> auto.add(r.evidence(r.label() + ": cert-manager issues and renews certificates")));
        iac.resources().stream().filter(r -> r.format().equals("kubernetes"))
                .filter(r -> r.value("metadata.annotations").filter(a -> a instanceof IacValue.Mapping m
                        && m.entries().keySet().stream().anyMatch(k -> k.startsWith("cert-manager.io/"))).isPresent())
                .findFirst().ifPresent(r -> auto.add(r.at("metadata.annotations", r.label()
                        + ": cert-manager issues and renews its certificate")));
        if (auto.stream().noneMatch(e -> e.note().contains("cert-manager"))) {
            Matches.of(facts, "k8s.cert-manager").stream().limit(1)
                    .forEach(m -> auto.add(m.evidence().withNote("cert-manager issues and renews certificates")));
        }
        Matches.of(facts, "tls.caddy-site").stream().limit(1)
                .forEach(m -> auto.add(m.evidence().withNote("Caddy obtains and renews certificates for this site")));
        Matches.of(facts, "tls.acme-renewal").stream().limit(1)
                .forEach(m -> auto.add(m.evidence().withNote("ACME client renews the certificate")));
        Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY, SignalKind.PLATFORM_FLY,
                        SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_APP_ENGINE)
                .forEach(e -> auto.add(e.withNote(Platforms.kindOf(e) + ": the platform issues and renews certificates")));
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
