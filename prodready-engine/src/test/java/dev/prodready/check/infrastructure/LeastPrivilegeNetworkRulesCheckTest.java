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

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("only 443 open to the world passes", facts(Scan.file("sg.tf", WEB_ONLY)), PASS, "sg.tf:1"),
                Case.of("SSH open to the world fails", facts(Scan.file("sg.tf", SSH_RULE)), FAIL, "sg.tf:6"),
                Case.of("GCP firewall opening every TCP port fails", facts(Scan.file("fw.tf", GCP_ALL)), FAIL, "fw.tf:6"),
                Case.of("CloudFormation RDP rule fails, the HTTPS one does not", facts(Scan.file("stack.yaml", CFN)),
                        FAIL, "stack.yaml:13"),
                Case.of("ports from a variable are partial", facts(Scan.file("sg.tf", DYNAMIC)), PARTIAL, "sg.tf:8"),
                Case.of("no firewall resources is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new LeastPrivilegeNetworkRulesCheck());
    }
}
