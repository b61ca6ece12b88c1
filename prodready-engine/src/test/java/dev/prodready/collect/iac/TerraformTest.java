package dev.prodready.collect.iac;

import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.IacValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TerraformTest {

    private static final String MAIN = """
            terraform {
              backend "s3" {
                bucket = "state"
              }
            }

            variable "public" {
              type    = bool
              default = false
            }

            variable "retention" {
              default = 7
            }

            locals {
              cidr = "0.0.0.0/0"
            }

            resource "aws_db_instance" "main" {
              engine                  = "postgres"
              publicly_accessible     = var.public
              backup_retention_period = var.retention
              storage_encrypted       = true
              multi_az                = var.env == "prod"
            }

            resource "aws_security_group" "db" {
              ingress {
                from_port   = 5432
                to_port     = 5432
                cidr_blocks = [local.cidr]
              }
              ingress {
                from_port   = 22
                to_port     = 22
                cidr_blocks = ["10.0.0.0/8"]
              }
            }

            module "vpc" {
              source = "terraform-aws-modules/vpc/aws"
            }
            """;

    @Test
    void resourcesCarryTypesNamesAttributesAndLines() {
        Parsed.Result r = Parsed.files("infra/main.tf", MAIN);
        IacResource db = resource(r, "aws_db_instance");
        assertThat(db.name()).isEqualTo("main");
        assertThat(db.evidence().location()).isEqualTo("infra/main.tf:20");
        assertThat(db.value("engine").orElseThrow()).isEqualTo(IacValue.Scalar.of("postgres", IacValue.Scalar.Type.STRING, 21));
        assertThat(db.value("storage_encrypted").map(IacValue::line)).contains(24);
        assertThat(db.value("multi_az").orElseThrow()).isInstanceOf(IacValue.Expression.class);

        IacResource sg = resource(r, "aws_security_group");
        List<IacValue.Mapping> ingress = sg.body().mappings("ingress");
        assertThat(ingress).hasSize(2);
        assertThat(ingress.get(0).line()).isEqualTo(29);
        assertThat(ingress.get(1).text("from_port")).isEqualTo("22");

        assertThat(r.all(IacResource.class)).anyMatch(x -> x.kind().equals("backend") && x.type().equals("s3")
                && x.evidence().line() == 2);
        assertThat(r.all(IacResource.class)).anyMatch(x -> x.kind().equals("module")
                && x.type().equals("terraform-aws-modules/vpc/aws") && x.name().equals("vpc"));
        assertThat(r.all(IacFile.class)).singleElement().satisfies(f -> assertThat(f.parsed()).isTrue());
    }

    @Test
    void variablesAndLocalsResolveToTheirValuesOnTheReferringLine() {
        Parsed.Result r = Parsed.files("infra/main.tf", MAIN);
        IacResource db = resource(r, "aws_db_instance");
        IacValue.Scalar pub = (IacValue.Scalar) db.value("publicly_accessible").orElseThrow();
        assertThat(pub.bool()).contains(false);
        assertThat(pub.line()).isEqualTo(22);
        assertThat(pub.origin()).contains("var.public").contains("infra/main.tf:9");
        IacValue cidr = resource(r, "aws_security_group").body().mappings("ingress").get(0).path("cidr_blocks").orElseThrow();
        assertThat(IacValue.texts(java.util.Optional.of(cidr))).containsExactly("0.0.0.0/0");
    }

    @Test
    void theProductionTfvarsDecideWhenEnvironmentsDisagree() {
        Parsed.Result r = Parsed.files("infra/main.tf", MAIN,
                "infra/envs/staging.tfvars", "public = true\nretention = 1\n",
                "infra/envs/prod.tfvars", "retention = 30\n");
        IacResource db = resource(r, "aws_db_instance");
        IacValue.Scalar retention = (IacValue.Scalar) db.value("backup_retention_period").orElseThrow();
        assertThat(retention.text()).isEqualTo("30");
        assertThat(retention.origin()).contains("production").contains("infra/envs/prod.tfvars:1");
        IacValue.Scalar pub = (IacValue.Scalar) db.value("publicly_accessible").orElseThrow();
        assertThat(pub.bool()).as("prod.tfvars leaves it at the default").contains(false);
    }

    @Test
    void withoutAProductionFileDisagreeingEnvironmentsLeaveTheReferenceUnresolved() {
        Parsed.Result r = Parsed.files("infra/main.tf", MAIN,
                "infra/a.tfvars", "retention = 1\n", "infra/b.tfvars", "retention = 14\n");
        assertThat(resource(r, "aws_db_instance").value("backup_retention_period").orElseThrow())
                .isEqualTo(new IacValue.Expression("var.retention", 23));
    }

    @Test
    void autoTfvarsOverrideDefaults() {
        Parsed.Result r = Parsed.files("main.tf", MAIN, "terraform.tfvars", "public = true\n");
        IacValue.Scalar pub = (IacValue.Scalar) resource(r, "aws_db_instance").value("publicly_accessible").orElseThrow();
        assertThat(pub.bool()).contains(true);
        assertThat(pub.origin()).contains("terraform.tfvars:1");
    }

    @Test
    void jsonSyntaxGivesTheSameResources() {
        Parsed.Result r = Parsed.files("main.tf.json", """
                {"resource": {"aws_s3_bucket": {"assets": {"bucket": "assets"}}}}
                """);
        assertThat(resource(r, "aws_s3_bucket").body().text("bucket")).isEqualTo("assets");
    }

    @Test
    void aBrokenBlockBecomesANoteAndTheRestIsRead() {
        Parsed.Result r = Parsed.files("main.tf", """
                resource "aws_s3_bucket" "ok" {
                  bucket = "ok"
                }

                resource "aws_s3_bucket" "broken" {
                  bucket = "never closed"
                """);
        assertThat(r.all(IacResource.class)).extracting(IacResource::name).containsExactly("ok");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n.message()).contains("line 5").contains("not read"));
        assertThat(r.all(IacFile.class)).singleElement().satisfies(f -> assertThat(f.parsed()).isFalse());
    }

    @Test
    void testFixturesAreNotTheApplicationsInfrastructure() {
        Parsed.Result r = Parsed.files("src/test/resources/fixtures/bad/main.tf", MAIN, "tests/e2e/main.tf", MAIN);
        assertThat(r.all(IacResource.class)).isEmpty();
    }

    static IacResource resource(Parsed.Result r, String type) {
        return r.all(IacResource.class).stream().filter(x -> x.type().equals(type)).findFirst().orElseThrow();
    }
}
