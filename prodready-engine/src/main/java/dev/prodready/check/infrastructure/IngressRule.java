package dev.prodready.check.infrastructure;

import dev.prodready.fact.Evidence;

/** One inbound firewall rule read from IaC: whether it admits the whole internet, and on which ports. */
public record IngressRule(String resource, boolean world, PortSpan ports, Evidence evidence) {
}
