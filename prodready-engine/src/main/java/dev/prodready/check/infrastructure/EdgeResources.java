package dev.prodready.check.infrastructure;

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
            "AWS::WAFv2::WebACLAssociation");
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
}
