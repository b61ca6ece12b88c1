package dev.prodready.check.infrastructure;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Inbound firewall rules from AWS security groups (inline and rule resources), GCP firewalls, Azure network
 * security rules and CloudFormation security groups, read from parsed attributes.
 */
public final class IngressRules {

    /** Resource types that hold firewall rules; their presence means the IaC does describe network access. */
    public static final Set<String> FIREWALL_TYPES = Set.of("aws_security_group", "aws_security_group_rule",
            "aws_vpc_security_group_ingress_rule", "google_compute_firewall", "azurerm_network_security_group",
            "azurerm_network_security_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress");

    private static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");
    private static final Set<String> AZURE_WORLD = Set.of("*", "internet", "any", "0.0.0.0/0");

    private IngressRules() {
    }

    public static List<IngressRule> of(IacModel model) {
        List<IngressRule> out = new ArrayList<>();
        for (IacBlock r : model.resources(FIREWALL_TYPES)) {
            switch (r.type()) {
                case "aws_security_group" -> r.blocks("ingress").forEach(b -> out.add(aws(b, r)));
                case "aws_security_group_rule" -> {
                    if (!r.text("type").equalsIgnoreCase("egress")) {
                        out.add(aws(r, r));
                    }
                }
                case "aws_vpc_security_group_ingress_rule" -> out.add(aws(r, r));
                case "google_compute_firewall" -> {
                    if (!r.text("direction").equalsIgnoreCase("EGRESS") && !r.blocks("allow").isEmpty()) {
                        out.add(gcp(r));
                    }
                }
                case "azurerm_network_security_group" -> r.blocks("security_rule").stream()
                        .filter(IngressRules::azureInboundAllow).forEach(b -> out.add(azure(b, r)));
                case "azurerm_network_security_rule" -> {
                    if (azureInboundAllow(r)) {
                        out.add(azure(r, r));
                    }
                }
                case "AWS::EC2::SecurityGroup" -> r.value("Properties.SecurityGroupIngress")
                        .ifPresent(v -> IacValue.Mapping.mappingsOf(v).forEach(m -> out.add(cfn(
                                new IacBlock(r.format(), r.path(), m.line(), "ingress", r.label(), m), r))));
                case "AWS::EC2::SecurityGroupIngress" -> r.value("Properties").filter(p -> p instanceof IacValue.Mapping)
                        .ifPresent(p -> out.add(cfn(new IacBlock(r.format(), r.path(), r.line(), "ingress", r.label(),
                                (IacValue.Mapping) p), r)));
                default -> {
                }
            }
        }
        return out;
    }

    private static IngressRule aws(IacBlock unit, IacBlock resource) {
        List<IacValue> world = worldCidrs(unit, "cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6");
        boolean unresolvedSource = world.isEmpty() && (unit.computed("cidr_blocks") || unit.computed("cidr_ipv4")
                || IacValue.items(unit.value("cidr_blocks")).stream().anyMatch(v -> v instanceof IacValue.Expression));
        String protocol = unit.text("protocol").isEmpty() ? unit.text("ip_protocol") : unit.text("protocol");
        PortSpan ports;
        if (protocol.equals("-1") || protocol.equalsIgnoreCase("all")) {
            ports = PortSpan.allPorts();
        } else {
            ports = fromTo(unit, "from_port", "to_port");
        }
        return rule(resource, unit, world, unresolvedSource, ports);
    }

    private static IngressRule gcp(IacBlock r) {
        List<IacValue> world = worldCidrs(r, "source_ranges");
        boolean unresolved = world.isEmpty() && r.computed("source_ranges");
        // No source_ranges and no source tags/service accounts means 0.0.0.0/0 in GCP.
        if (world.isEmpty() && !r.has("source_ranges") && !r.has("source_tags") && !r.has("source_service_accounts")) {
            world = List.of(r.value("direction").orElse(IacValue.Scalar.of("", IacValue.Scalar.Type.NULL, r.line())));
        }
        List<int[]> ranges = new ArrayList<>();
        boolean all = false;
        boolean unresolvedPorts = false;
        for (IacBlock allow : r.blocks("allow")) {
            Optional<IacValue> ports = allow.value("ports");
            if (ports.isEmpty()) {
                all = true;
            } else if (ports.get() instanceof IacValue.Expression) {
                unresolvedPorts = true;
            } else {
                for (String p : IacValue.texts(ports)) {
                    range(p).ifPresentOrElse(ranges::add, () -> { });
                }
            }
        }
        PortSpan span = all ? PortSpan.allPorts() : unresolvedPorts && ranges.isEmpty() ? PortSpan.unknownPorts()
                : PortSpan.of(ranges);
        return rule(r, r, world, unresolved, span);
    }

    private static boolean azureInboundAllow(IacBlock b) {
        return !b.text("direction").equalsIgnoreCase("Outbound") && !b.text("access").equalsIgnoreCase("Deny");
    }

    private static IngressRule azure(IacBlock unit, IacBlock resource) {
        List<IacValue> world = new ArrayList<>();
        unit.value("source_address_prefix").filter(v -> AZURE_WORLD.contains(v.text().toLowerCase(Locale.ROOT)))
                .ifPresent(world::add);
        IacValue.items(unit.value("source_address_prefixes")).stream()
                .filter(v -> AZURE_WORLD.contains(v.text().toLowerCase(Locale.ROOT))).forEach(world::add);
        boolean unresolved = world.isEmpty() && unit.computed("source_address_prefix");
        List<int[]> ranges = new ArrayList<>();
        boolean all = false;
        List<String> ports = new ArrayList<>();
        unit.value("destination_port_range").ifPresent(v -> ports.add(v.text()));
        ports.addAll(IacValue.texts(unit.value("destination_port_ranges")));
        for (String p : ports) {
            if (p.equals("*")) {
                all = true;
            } else {
                range(p).ifPresent(ranges::add);
            }
        }
        return rule(resource, unit, world, unresolved, all ? PortSpan.allPorts() : PortSpan.of(ranges));
    }

    private static IngressRule cfn(IacBlock unit, IacBlock resource) {
        List<IacValue> world = new ArrayList<>();
        for (String key : List.of("CidrIp", "CidrIpv6")) {
            unit.value(key).filter(v -> WORLD.contains(v.text())).ifPresent(world::add);
        }
        boolean unresolved = world.isEmpty() && (unit.computed("CidrIp") || unit.computed("CidrIpv6"));
        String protocol = unit.text("IpProtocol");
        PortSpan ports = protocol.equals("-1") || unit.text("FromPort").equals("-1") ? PortSpan.allPorts()
                : fromTo(unit, "FromPort", "ToPort");
        return rule(resource, unit, world, unresolved, ports);
    }

    private static IngressRule rule(IacBlock resource, IacBlock unit, List<IacValue> world, boolean unresolvedSource,
                                    PortSpan ports) {
        Evidence where = world.isEmpty() ? unit.evidence(resource.label()) : unit.at(world.get(0), resource.label());
        return new IngressRule(resource.label(), !world.isEmpty(), unresolvedSource, ports, where);
    }

    private static List<IacValue> worldCidrs(IacBlock unit, String... keys) {
        List<IacValue> out = new ArrayList<>();
        for (String key : keys) {
            for (IacValue v : IacValue.items(unit.value(key))) {
                if (v instanceof IacValue.Scalar s && WORLD.contains(s.text())) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static PortSpan fromTo(IacBlock unit, String fromKey, String toKey) {
        if (unit.computed(fromKey) || unit.computed(toKey)) {
            return PortSpan.unknownPorts();
        }
        Optional<Long> from = unit.number(fromKey);
        Optional<Long> to = unit.number(toKey);
        if (from.isEmpty() && to.isEmpty()) {
            return PortSpan.unknownPorts();
        }
        long a = from.orElse(to.orElse(0L));
        long b = to.orElse(a);
        if (a == -1 || (a == 0 && b == 0 && unit.text("protocol").equals("-1"))) {
            return PortSpan.allPorts();
        }
        if (a == 0 && b == 65535) {
            return PortSpan.allPorts();
        }
        return PortSpan.of(List.of(new int[] {(int) Math.min(a, b), (int) Math.max(a, b)}));
    }

    private static Optional<int[]> range(String value) {
        String[] parts = value.strip().split("-", -1);
        try {
            if (parts.length == 1) {
                int p = Integer.parseInt(parts[0].strip());
                return Optional.of(new int[] {p, p});
            }
            if (parts.length == 2) {
                return Optional.of(new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())});
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
