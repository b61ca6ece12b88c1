package dev.prodready.check.infrastructure;

import dev.prodready.fact.Evidence;

/**
 * One inbound firewall rule read from IaC: whether it admits the whole internet, whether its source is set
 * through an expression this scan could not resolve, and on which ports.
 */
public record IngressRule(String resource, boolean world, boolean unresolvedSource, PortSpan ports, Evidence evidence) {
}
