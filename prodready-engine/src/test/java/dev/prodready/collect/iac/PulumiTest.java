package dev.prodready.collect.iac;

import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PulumiTest {

    @Test
    void typeScriptResourcesBecomeTerraformTypesWithSnakeCaseAttributes() {
        Parsed.Result r = Parsed.files("infra/Pulumi.yaml", "name: shop\nruntime: nodejs\n", "infra/index.ts", """
                import * as aws from "@pulumi/aws";
                // new aws.rds.Instance("commented", { publiclyAccessible: true });
                const sg = new aws.ec2.SecurityGroup("db", {
                    ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["0.0.0.0/0"] }],
                });
                const db = new aws.rds.Instance("db", {
                    engine: "postgres",
                    publiclyAccessible: false,
                    backupRetentionPeriod: 7,
                    multiAz: true,
                    dbSubnetGroupName: subnets.name,
                    identifier: `shop-${stack}`,
                });
                """);
        IacResource db = TerraformTest.resource(r, "aws_db_instance");
        assertThat(db.format()).isEqualTo("pulumi");
        assertThat(db.name()).isEqualTo("db");
        assertThat(db.evidence().location()).isEqualTo("infra/index.ts:6");
        assertThat(db.value("publicly_accessible").map(IacValue::text)).contains("false");
        assertThat(db.value("backup_retention_period").map(IacValue::line)).contains(9);
        assertThat(db.value("multi_az").map(IacValue::text)).contains("true");
        assertThat(db.value("db_subnet_group_name").orElseThrow()).isInstanceOf(IacValue.Expression.class);
        assertThat(db.value("identifier").orElseThrow()).isInstanceOf(IacValue.Expression.class);
        IacResource sg = TerraformTest.resource(r, "aws_security_group");
        assertThat(sg.value("ingress.cidr_blocks").orElseThrow()).isInstanceOf(IacValue.Sequence.class);
        assertThat(sg.value("ingress.from_port").map(IacValue::text)).contains("5432");
        assertThat(r.all(IacResource.class)).hasSize(2);
        assertThat(r.all(IacFile.class)).extracting(IacFile::path).contains("infra/index.ts", "infra/Pulumi.yaml");
    }

    @Test
    void pythonKeywordArgumentsAndArgsClasses() {
        Parsed.Result r = Parsed.files("Pulumi.yaml", "name: api\nruntime: python\n", "__main__.py", """
                import pulumi
                from pulumi_aws import ec2, rds

                sg = ec2.SecurityGroup("db-sg",
                    ingress=[ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=5432, to_port=5432,
                                                          cidr_blocks=["0.0.0.0/0"])])
                db = rds.Instance("db",
                    publicly_accessible=True,  # reachable
                    backup_retention_period=0,
                    opts=pulumi.ResourceOptions(protect=True))
                """);
        IacResource db = TerraformTest.resource(r, "aws_db_instance");
        assertThat(db.value("publicly_accessible").map(IacValue::text)).contains("true");
        assertThat(db.value("backup_retention_period").map(IacValue::text)).contains("0");
        assertThat(db.value("opts")).isEmpty();
        IacResource sg = TerraformTest.resource(r, "aws_security_group");
        assertThat(sg.value("ingress.cidr_blocks").orElseThrow()).isInstanceOf(IacValue.Sequence.class);
        assertThat(sg.evidence().location()).isEqualTo("__main__.py:4");
    }

    @Test
    void yamlProgramsReadTokensAndInterpolations() {
        Parsed.Result r = Parsed.files("Pulumi.yaml", """
                name: site
                runtime: yaml
                resources:
                  db:
                    type: aws:rds/instance:Instance
                    properties:
                      multiAz: false
                      storageEncrypted: true
                      dbSubnetGroupName: ${subnets.name}
                  sql:
                    type: gcp:sql:DatabaseInstance
                    properties:
                      settings:
                        availabilityType: REGIONAL
                        backupConfiguration:
                          enabled: true
                """);
        IacResource db = TerraformTest.resource(r, "aws_db_instance");
        assertThat(db.value("multi_az").map(IacValue::text)).contains("false");
        assertThat(db.value("db_subnet_group_name").orElseThrow()).isInstanceOf(IacValue.Expression.class);
        assertThat(db.evidence().location()).isEqualTo("Pulumi.yaml:4");
        IacResource sql = TerraformTest.resource(r, "google_sql_database_instance");
        assertThat(sql.value("settings.availability_type").map(IacValue::text)).contains("REGIONAL");
        assertThat(sql.value("settings.backup_configuration.enabled").map(IacValue::text)).contains("true");
    }

    @Test
    void programsOutsideAPulumiProjectAreNotRead() {
        Parsed.Result r = Parsed.files("src/db.ts", """
                import * as aws from "@pulumi/aws";
                new aws.rds.Instance("db", { publiclyAccessible: true });
                """);
        assertThat(r.all(IacResource.class)).isEmpty();
    }

    @Test
    void tokensMapToTerraformTypes() {
        assertThat(Pulumi.terraformType("aws:rds/instance:Instance")).contains("aws_db_instance");
        assertThat(Pulumi.terraformType("aws:ec2:SecurityGroup")).contains("aws_security_group");
        assertThat(Pulumi.terraformType("aws:cloudwatch:MetricAlarm")).contains("aws_cloudwatch_metric_alarm");
        assertThat(Pulumi.terraformType("aws:wafv2:WebAcl")).contains("aws_wafv2_web_acl");
        assertThat(Pulumi.terraformType("gcp:compute:Firewall")).contains("google_compute_firewall");
        assertThat(Pulumi.terraformType("azure-native:dbforpostgresql:Server")).contains("azurerm_postgresql_flexible_server");
        assertThat(Pulumi.terraformType("azure-native:web:WebApp")).isEmpty();
        assertThat(Pulumi.snake("backupRetentionPeriod")).isEqualTo("backup_retention_period");
        assertThat(Pulumi.snake("ipv6CidrBlocks")).isEqualTo("ipv6_cidr_blocks");
    }
}
