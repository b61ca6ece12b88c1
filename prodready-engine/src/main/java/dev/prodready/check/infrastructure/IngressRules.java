package dev.prodready.check.infrastructure;

import dev.prodready.fact.ContentMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inbound firewall rules from AWS security groups (inline and rule resources), GCP firewalls, Azure network
 * security rules and CloudFormation security groups.
 */
public final class IngressRules {

    /** Resource types that hold firewall rules; their presence means the IaC does describe network access. */
    public static final Set<String> FIREWALL_TYPES = Set.of("aws_security_group", "aws_security_group_rule",
            "aws_vpc_security_group_ingress_rule", "google_compute_firewall", "azurerm_network_security_group",
            "azurerm_network_security_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress");

    private static final Pattern PORT = Pattern.compile("(from_port|to_port|destination_port_range)\\s*=\\s*\"?([0-9*-]+)");
    private static final Pattern PORT_LIST = Pattern.compile("(ports|destination_port_ranges)\\s*=\\s*\\[([^\\]]*)\\]");
    private static final Pattern RULE_ATTR = Pattern.compile("(type|direction|access)\\s*=\\s*\"(\\w+)\"");
    private static final Pattern CFN_RULE =
            Pattern.compile("(-\\s+)?\"?(SecurityGroupIngress|SecurityGroupEgress|IpProtocol|CidrIp|CidrIpv6|FromPort|ToPort)\"?\\s*:\\s*\"?([\\w./:*-]*)");
    private static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");

    private IngressRules() {
    }

    public static List<IngressRule> of(IacModel model) {
        List<IngressRule> out = new ArrayList<>();
        for (IacBlock r : model.resources(FIREWALL_TYPES)) {
            switch (r.type()) {
                case "aws_security_group" -> model.nested(r, "ingress").forEach(b -> out.add(tf(model, b, r, false)));
                case "aws_security_group_rule", "aws_vpc_security_group_ingress_rule" -> {
                    if (!attr(model, r, "egress")) {
                        out.add(tf(model, r, r, false));
                    }
                }
                case "google_compute_firewall" -> {
                    if (!attr(model, r, "EGRESS") && !model.nested(r, "allow").isEmpty()) {
                        out.add(tf(model, r, r, true));
                    }
                }
                case "azurerm_network_security_group" -> model.nested(r, "security_rule").stream()
                        .filter(b -> !attr(model, b, "Outbound") && !attr(model, b, "Deny"))
                        .forEach(b -> out.add(tf(model, b, r, false)));
                case "azurerm_network_security_rule" -> {
                    if (!attr(model, r, "Outbound") && !attr(model, r, "Deny")) {
                        out.add(tf(model, r, r, false));
                    }
                }
                case "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress" -> out.addAll(cfn(model, r));
                default -> {
                }
            }
        }
        return out;
    }

    private static boolean attr(IacModel model, IacBlock block, String value) {
        return model.in(block, "tf.rule-attr").stream()
                .anyMatch(m -> Matches.group(m, RULE_ATTR, 2).filter(value::equals).isPresent());
    }

    private static IngressRule tf(IacModel model, IacBlock unit, IacBlock resource, boolean noPortsMeansAll) {
        List<ContentMatch> world = new ArrayList<>(model.in(unit, "tf.world-cidr"));
        world.addAll(model.in(unit, "tf.azure-world-source"));
        boolean protocolAll = model.any(unit, "tf.protocol-all");
        List<int[]> ranges = new ArrayList<>();
        Integer from = null;
        Integer to = null;
        boolean allPorts = false;
        for (ContentMatch m : model.in(unit, "tf.port")) {
            Matcher x = PORT.matcher(m.text());
            if (!x.find()) {
                continue;
            }
            String value = x.group(2);
            if (value.equals("*") || value.equals("-1")) {
                allPorts = true;
            } else if (x.group(1).equals("destination_port_range")) {
                range(value).ifPresent(ranges::add);
            } else if (x.group(1).equals("from_port")) {
                from = Matches.parseInt(value).orElse(null);
            } else {
                to = Matches.parseInt(value).orElse(null);
            }
        }
        for (ContentMatch m : model.in(unit, "tf.port-list")) {
            Matches.group(m, PORT_LIST, 2).ifPresent(list -> {
                for (String item : list.split(",")) {
                    String v = item.replace("\"", "").strip();
                    if (v.equals("*")) {
                        ranges.add(new int[] {0, 65535});
                    } else {
                        range(v).ifPresent(ranges::add);
                    }
                }
            });
        }
        if (from != null || to != null) {
            int a = from != null ? from : to;
            int b = to != null ? to : from;
            ranges.add(new int[] {Math.min(a, b), Math.max(a, b)});
        }
        PortSpan ports;
        boolean awsAll = protocolAll && resource.type().startsWith("aws_");
        if (allPorts || awsAll || (ranges.isEmpty() && (protocolAll || noPortsMeansAll))) {
            ports = PortSpan.allPorts();
        } else {
            ports = PortSpan.of(ranges);
        }
        var where = world.isEmpty() ? unit.header() : world.get(0);
        return new IngressRule(resource.label(), !world.isEmpty(), ports, where.evidence());
    }

    private static Optional<int[]> range(String value) {
        String[] parts = value.split("-", -1);
        if (parts.length == 1) {
            return Matches.parseInt(parts[0]).map(p -> new int[] {p, p});
        }
        if (parts.length == 2) {
            Optional<Integer> a = Matches.parseInt(parts[0]);
            Optional<Integer> b = Matches.parseInt(parts[1]);
            if (a.isPresent() && b.isPresent()) {
                return Optional.of(new int[] {a.get(), b.get()});
            }
        }
        return Optional.empty();
    }

    /** CloudFormation rules: a YAML list item ("- ") or, in JSON, each IpProtocol key starts a new rule. */
    private static List<IngressRule> cfn(IacModel model, IacBlock r) {
        List<IngressRule> out = new ArrayList<>();
        boolean standalone = r.type().equals("AWS::EC2::SecurityGroupIngress");
        boolean inIngress = standalone;
        CfnUnit unit = null;
        for (ContentMatch m : model.in(r, "cfn.sg-rule")) {
            Matcher x = CFN_RULE.matcher(m.text());
            if (!x.find()) {
                continue;
            }
            String key = x.group(2);
            String value = x.group(3);
            if (key.equals("SecurityGroupIngress") || key.equals("SecurityGroupEgress")) {
                if (unit != null) {
                    out.add(unit.rule(r));
                }
                unit = null;
                inIngress = key.equals("SecurityGroupIngress");
                continue;
            }
            if (!inIngress) {
                continue;
            }
            boolean startsItem = x.group(1) != null || (key.equals("IpProtocol") && unit != null && unit.protocol != null);
            if (unit == null || (startsItem && !standalone)) {
                if (unit != null) {
                    out.add(unit.rule(r));
                }
                unit = new CfnUnit(m);
            }
            unit.add(key, value, m);
        }
        if (unit != null) {
            out.add(unit.rule(r));
        }
        return out;
    }

    private static final class CfnUnit {
        final ContentMatch first;
        ContentMatch worldLine;
        String protocol;
        Integer from;
        Integer to;

        CfnUnit(ContentMatch first) {
            this.first = first;
        }

        void add(String key, String value, ContentMatch m) {
            switch (key) {
                case "IpProtocol" -> protocol = value;
                case "CidrIp", "CidrIpv6" -> {
                    if (WORLD.contains(value)) {
                        worldLine = m;
                    }
                }
                case "FromPort" -> from = Matches.parseInt(value).orElse(null);
                case "ToPort" -> to = Matches.parseInt(value).orElse(null);
                default -> {
                }
            }
        }

        IngressRule rule(IacBlock r) {
            PortSpan ports;
            if ("-1".equals(protocol) || (from != null && from == -1)) {
                ports = PortSpan.allPorts();
            } else if (from != null || to != null) {
                int a = from != null ? from : to;
                int b = to != null ? to : from;
                ports = PortSpan.of(List.of(new int[] {Math.min(a, b), Math.max(a, b)}));
            } else {
                ports = PortSpan.unknownPorts();
            }
            ContentMatch where = worldLine != null ? worldLine : first;
            return new IngressRule(r.label(), worldLine != null, ports, where.evidence());
        }
    }
}
