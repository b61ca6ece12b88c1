package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.PLATFORM_NETLIFY;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

/** WAF, CDN and DDoS: the edge in front of the app. */
class EdgeChecksTest {

    private static final String ALB = "resource \"aws_lb\" \"web\" {\n  internal = false\n}\n";
    private static final String WAF = """
            resource "aws_wafv2_web_acl" "edge" {
              scope = "REGIONAL"
              rule {
                statement {
                  rate_based_statement {
                    limit = 2000
                  }
                }
              }
            }
            resource "aws_wafv2_web_acl_association" "web" {
              resource_arn = aws_lb.web.arn
            }
            """;
    private static final String LONE_WAF = "resource \"aws_wafv2_web_acl\" \"edge\" {\n  scope = \"CLOUDFRONT\"\n}\n";
    private static final String CLOUDFRONT = "resource \"aws_cloudfront_distribution\" \"site\" {\n  enabled = true\n}\n";
    private static final String PROXIED = """
            resource "cloudflare_record" "www" {
              name    = "www"
              type    = "CNAME"
              proxied = true
            }
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                row(new WafCheck(), Case.of("attached web ACL passes", facts(Scan.file("edge.tf", ALB + WAF)),
                        PASS, "edge.tf:4", "edge.tf:14")),
                row(new WafCheck(), Case.of("unattached web ACL is partial", facts(Scan.file("edge.tf", LONE_WAF)),
                        PARTIAL, "edge.tf:1")),
                row(new WafCheck(), Case.of("load balancer without WAF fails", facts(Scan.file("lb.tf", ALB)),
                        FAIL, "lb.tf:1")),
                row(new WafCheck(), Case.of("vercel alone is unknown", facts(signal(PLATFORM_VERCEL, "vercel.json")),
                        UNKNOWN, "vercel.json")),
                row(new CdnCheck(), Case.of("CloudFront passes", facts(Scan.file("cdn.tf", CLOUDFRONT)), PASS, "cdn.tf:1")),
                row(new CdnCheck(), Case.of("netlify's CDN passes", facts(signal(PLATFORM_NETLIFY, "netlify.toml")),
                        PASS, "netlify.toml")),
                row(new CdnCheck(), Case.of("a bare load balancer is unknown", facts(Scan.file("lb.tf", ALB)), UNKNOWN)),
                row(new DdosProtectionCheck(), Case.of("Cloudflare proxy passes", facts(Scan.file("dns.tf", PROXIED)),
                        PASS, "dns.tf:4")),
                row(new DdosProtectionCheck(), Case.of("WAF rate rule passes", facts(Scan.file("edge.tf", ALB + WAF)),
                        PASS, "edge.tf:8")),
                row(new DdosProtectionCheck(), Case.of("CloudFront alone is Shield Standard: partial",
                        facts(Scan.file("cdn.tf", CLOUDFRONT)), PARTIAL, "cdn.tf:1")),
                row(new DdosProtectionCheck(), Case.of("nothing is unknown", List.of(), UNKNOWN)));
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
