package dev.prodready.check.infrastructure;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resource types at the edge of an application: entry points, WAFs, CDNs, DDoS protection, DNS, certificates. */
final class EdgeResources {

    static final Set<String> ENTRY_POINTS = Set.of("aws_lb", "aws_alb", "aws_elb", "aws_cloudfront_distribution",
            "aws_api_gateway_rest_api", "aws_apigatewayv2_api",
            "google_compute_global_forwarding_rule", "google_compute_backend_service", "azurerm_application_gateway",
            "azurerm_frontdoor", "azurerm_cdn_frontdoor_profile", "azurerm_linux_web_app", "azurerm_windows_web_app",
            "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::CloudFront::Distribution", "AWS::ApiGateway::RestApi",
            "AWS::ApiGatewayV2::Api");
    static final Set<String> WAFS = Set.of("aws_wafv2_web_acl", "aws_waf_web_acl", "aws_wafregional_web_acl",
            "AWS::WAFv2::WebACL", "google_compute_security_policy", "azurerm_web_application_firewall_policy",
            "azurerm_cdn_frontdoor_firewall_policy", "azurerm_frontdoor_firewall_policy", "cloudflare_ruleset",
            "cloudflare_waf_package", "cloudflare_waf_group", "cloudflare_waf_rule", "cloudflare_firewall_rule",
            "cloudflare_waf_override");
    static final Set<String> WAF_ATTACHMENTS = Set.of("aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association",
            "AWS::WAFv2::WebACLAssociation", "azurerm_cdn_frontdoor_security_policy");
    /** Attributes that point an entry point at a WAF policy, by resource type. */
    private static final Map<String, List<String>> WAF_REFERENCES = Map.of(
            "aws_cloudfront_distribution", List.of("web_acl_id"),
            "google_compute_backend_service", List.of("security_policy", "edge_security_policy"),
            "azurerm_application_gateway", List.of("firewall_policy_id"),
            "azurerm_frontdoor", List.of("frontend_endpoint.web_application_firewall_policy_link_id"),
            "AWS::CloudFront::Distribution", List.of("Properties.DistributionConfig.WebACLId"),
            "aws_apigatewayv2_stage", List.of("web_acl_arn"));
    static final Set<String> CDNS = Set.of("aws_cloudfront_distribution", "AWS::CloudFront::Distribution",
            "fastly_service_vcl", "fastly_service_compute", "azurerm_cdn_profile", "azurerm_cdn_frontdoor_profile",
            "azurerm_frontdoor", "akamai_property", "bunnynet_pullzone", "google_compute_backend_bucket");
    static final Set<String> DDOS = Set.of("aws_shield_protection", "aws_shield_protection_group",
            "aws_shield_subscription", "AWS::Shield::Protection", "google_compute_security_policy",
            "azurerm_network_ddos_protection_plan");
    static final Set<String> SHIELD_STANDARD = Set.of("aws_cloudfront_distribution", "AWS::CloudFront::Distribution",
            "aws_lb", "aws_alb", "aws_elb", "aws_route53_zone", "aws_globalaccelerator_accelerator",
            "AWS::ElasticLoadBalancingV2::LoadBalancer");
    static final Set<String> DNS_ZONES = Set.of("aws_route53_zone", "cloudflare_zone", "google_dns_managed_zone",
            "azurerm_dns_zone", "digitalocean_domain", "AWS::Route53::HostedZone");
    static final Set<String> DNS_RECORDS = Set.of("aws_route53_record", "cloudflare_record", "cloudflare_dns_record",
            "google_dns_record_set", "azurerm_dns_a_record", "azurerm_dns_cname_record", "azurerm_dns_txt_record",
            "azurerm_dns_mx_record", "digitalocean_record", "AWS::Route53::RecordSet", "AWS::Route53::RecordSetGroup");

    private EdgeResources() {
    }

    /** Entry points that name a WAF policy in their own attributes. */
    static List<Evidence> wafReferences(IacModel iac) {
        List<Evidence> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : WAF_REFERENCES.entrySet()) {
            for (IacBlock b : iac.resources(Set.of(e.getKey()))) {
                for (String attr : e.getValue()) {
                    b.value(attr).filter(v -> !(v instanceof IacValue.Scalar s && s.text().isBlank()))
                            .ifPresent(v -> out.add(b.at(v, b.label() + ": WAF attached to the entry point")));
                }
            }
        }
        return out;
    }

    /** Rate-based rules: WAF rules that drop floods from one source. */
    static List<Evidence> rateRules(IacModel iac) {
        List<Evidence> out = new ArrayList<>();
        for (IacBlock acl : iac.resources(Set.of("aws_wafv2_web_acl"))) {
            for (IacBlock rule : acl.blocks("rule")) {
                for (IacBlock st : rule.blocks("statement")) {
                    if (st.has("rate_based_statement")) {
                        out.add(st.at("rate_based_statement", acl.label() + ": rate-based rule drops request floods"));
                    }
                }
            }
        }
        for (IacBlock policy : iac.resources(Set.of("google_compute_security_policy"))) {
            for (IacBlock rule : policy.blocks("rule")) {
                if (rule.has("rate_limit_options")) {
                    out.add(rule.at("rate_limit_options", policy.label() + ": rate limiting rule"));
                }
            }
        }
        for (IacBlock acl : iac.resources(Set.of("AWS::WAFv2::WebACL"))) {
            if (acl.strings().contains("RateBasedStatement")) {
                out.add(acl.evidence(acl.label() + ": rate-based rule drops request floods"));
            }
        }
        return out;
    }

    /** DNS records proxied through Cloudflare (its CDN, DDoS protection and certificates in front of the origin). */
    static List<IacBlock> cloudflareProxied(IacModel iac) {
        return iac.resources(Set.of("cloudflare_record", "cloudflare_dns_record")).stream()
                .filter(r -> r.bool("proxied").orElse(false)).toList();
    }
}
