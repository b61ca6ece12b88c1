package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;

class LeastPrivilegeNetworkRulesCheckTest {

    private static final String WEB_ONLY = """
            resource "aws_security_group" "alb" {
              ingress {
                from_port   = 443
                to_port     = 443
                protocol    = "tcp"
                cidr_blocks = ["0.0.0.0/0"]
              }
              ingress {
                from_port       = 22
                to_port         = 22
                protocol        = "tcp"
                security_groups = [aws_security_group.bastion.id]
              }
              egress {
                from_port   = 0
                to_port     = 0
                protocol    = "-1"
                cidr_blocks = ["0.0.0.0/0"]
              }
            }
            """;
    private static final String SSH_RULE = """
            resource "aws_security_group_rule" "ssh" {
              type              = "ingress"
              from_port         = 22
              to_port           = 22
              protocol          = "tcp"
              cidr_blocks       = ["0.0.0.0/0"]
              security_group_id = aws_security_group.app.id
            }
            """;
    private static final String GCP_ALL = """
            resource "google_compute_firewall" "open" {
              network = "default"
              allow {
                protocol = "tcp"
              }
              source_ranges = ["0.0.0.0/0"]
            }
            """;
    private static final String DYNAMIC = """
            resource "aws_security_group" "app" {
              dynamic "ingress" {
                for_each = var.ports
                content {
                  from_port   = ingress.value
                  to_port     = ingress.value
                  protocol    = "tcp"
                  cidr_blocks = ["0.0.0.0/0"]
                }
              }
            }
            """;
    private static final String CFN = """
            Resources:
              WebSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      CidrIp: 0.0.0.0/0
                    - IpProtocol: tcp
                      FromPort: 3389
                      ToPort: 3389
                      CidrIp: 0.0.0.0/0
            """;

    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: ghcr.io/acme/web:1.2.3
            """;
    private static final String DENY_AND_ALLOW = """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: web-from-ingress
            spec:
              podSelector:
                matchLabels: {app: web}
              ingress:
                - from:
                    - namespaceSelector:
                        matchLabels: {kubernetes.io/metadata.name: ingress-nginx}
                  ports:
                    - port: 8080
            """;
    private static final String ALLOW_ALL = """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: allow-all
            spec:
              podSelector: {}
              ingress:
                - {}
            """;
    private static final String ANY_SOURCE_ON_PORT = """
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: web-open
            spec:
              podSelector:
                matchLabels: {app: web}
              ingress:
                - ports:
                    - port: 8080
            """;
    private static final String POSTGRES = """
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - name: postgres
                      image: postgres:16.2
            """;
    private static final String DB_BALANCER = """
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: db
            spec:
              type: LoadBalancer
              ports:
                - port: 5432
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("only 443 open to the world passes", facts(Scan.file("sg.tf", WEB_ONLY)), PASS, "sg.tf:1"),
                Case.of("SSH open to the world fails", facts(Scan.file("sg.tf", SSH_RULE)), FAIL, "sg.tf:6"),
                Case.of("GCP firewall opening every TCP port fails", facts(Scan.file("fw.tf", GCP_ALL)), FAIL, "fw.tf:6"),
                Case.of("CloudFormation RDP rule fails, the HTTPS one does not", facts(Scan.file("stack.yaml", CFN)),
                        FAIL, "stack.yaml:13"),
                Case.of("ports from a variable are partial", facts(Scan.file("sg.tf", DYNAMIC)), PARTIAL, "sg.tf:8"),
                Case.of("no firewall resources is unknown", List.of(), UNKNOWN),
                Case.of("a default deny with a named allow passes", facts(Scan.file("k8s/app.yaml", WEB + DENY_AND_ALLOW)),
                        PASS, "k8s/app.yaml:15", "k8s/app.yaml:23"),
                Case.of("a policy admitting everything fails", facts(Scan.file("k8s/app.yaml", WEB + ALLOW_ALL)),
                        FAIL, "k8s/app.yaml:21"),
                Case.of("a policy admitting any source on one port is partial", facts(Scan.file("k8s/app.yaml",
                        WEB + ANY_SOURCE_ON_PORT)), PARTIAL, "k8s/app.yaml:22"),
                Case.of("workloads without any NetworkPolicy are partial", facts(Scan.file("k8s/app.yaml", WEB)),
                        PARTIAL, "k8s/app.yaml:2"),
                Case.of("a database pod without a NetworkPolicy fails", facts(Scan.file("k8s/app.yaml", WEB + POSTGRES)),
                        FAIL, "k8s/app.yaml:15"),
                Case.of("a policy selecting only the web pods leaves the database unguarded", facts(Scan.file(
                        "k8s/app.yaml", WEB + POSTGRES + DENY_AND_ALLOW.replace("podSelector: {}\n",
                                "podSelector: {matchLabels: {app: web}}\n"))), FAIL, "k8s/app.yaml:15"),
                Case.of("a database on a public load balancer fails", facts(Scan.file("k8s/app.yaml",
                        WEB + DENY_AND_ALLOW + DB_BALANCER)), FAIL, "k8s/app.yaml:43"),
                Case.of("cloud rules are still judged beside Kubernetes", facts(Scan.files("sg.tf", SSH_RULE,
                        "k8s/app.yaml", WEB + DENY_AND_ALLOW)), FAIL, "sg.tf:6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new LeastPrivilegeNetworkRulesCheck());
    }
}
