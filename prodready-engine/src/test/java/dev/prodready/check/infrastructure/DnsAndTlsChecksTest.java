package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.PLATFORM_FLY;

/** Production domain, email DNS records and certificate renewal. */
class DnsAndTlsChecksTest {

    private static final String ZONE = """
            resource "aws_route53_zone" "main" {
              name = "example.com"
            }
            resource "aws_route53_record" "www" {
              zone_id = aws_route53_zone.main.zone_id
              name    = "www"
              type    = "CNAME"
            }
            """;
    private static final String EMAIL = """
            resource "aws_route53_record" "spf" {
              type    = "TXT"
              records = ["v=spf1 include:amazonses.com ~all"]
            }
            resource "aws_route53_record" "dmarc" {
              name    = "_dmarc"
              records = ["v=DMARC1; p=quarantine"]
            }
            resource "aws_ses_domain_dkim" "main" {
              domain = "example.com"
            }
            """;
    private static final String ACM_DNS = """
            resource "aws_acm_certificate" "site" {
              domain_name       = "example.com"
              validation_method = "DNS"
            }
            """;
    private static final String ACM_IMPORTED = """
            resource "aws_acm_certificate" "legacy" {
              private_key      = file("certs/site.key")
              certificate_body = file("certs/site.crt")
            }
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                row(new ProductionDomainCheck(), Case.of("zone with records passes", facts(Scan.file("dns.tf", ZONE)),
                        PASS, "dns.tf:1", "dns.tf:4")),
                row(new ProductionDomainCheck(), Case.of("zone without records is partial",
                        facts(Scan.file("dns.tf", "resource \"aws_route53_zone\" \"main\" {\n}\n")), PARTIAL, "dns.tf:1")),
                row(new ProductionDomainCheck(), Case.of("no DNS as code is unknown", List.of(), UNKNOWN)),
                row(new DnsEmailRecordsCheck(), Case.of("SPF, DKIM and DMARC pass", facts(Scan.file("dns.tf", ZONE + EMAIL)),
                        PASS, "dns.tf:11", "dns.tf:15", "dns.tf:17")),
                row(new DnsEmailRecordsCheck(), Case.of("records without email authentication are partial",
                        facts(Scan.file("dns.tf", ZONE)), PARTIAL, "dns.tf:4")),
                row(new DnsEmailRecordsCheck(), Case.of("no DNS as code is unknown", List.of(), UNKNOWN)),
                row(new TlsAutoRenewCheck(), Case.of("DNS-validated ACM passes", facts(Scan.file("tls.tf", ACM_DNS)),
                        PASS, "tls.tf:3")),
                row(new TlsAutoRenewCheck(), Case.of("imported certificate is partial", facts(Scan.file("tls.tf", ACM_IMPORTED)),
                        PARTIAL, "tls.tf:2")),
                row(new TlsAutoRenewCheck(), Case.of("cert-manager passes", facts(Scan.file("k8s/ingress.yaml",
                        "metadata:\n  annotations:\n    cert-manager.io/cluster-issuer: letsencrypt-prod\n")), PASS, "k8s/ingress.yaml:3")),
                row(new TlsAutoRenewCheck(), Case.of("fly's managed certificates pass", facts(signal(PLATFORM_FLY, "fly.toml")),
                        PASS, "fly.toml")),
                row(new TlsAutoRenewCheck(), Case.of("nothing is unknown", List.of(), UNKNOWN)));
    }

    private static Arguments row(Check check, Case c) {
        return Arguments.of(check.itemId() + ": " + c.name(), check, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, Check check, Case c) {
        c.verify(check);
    }
}
