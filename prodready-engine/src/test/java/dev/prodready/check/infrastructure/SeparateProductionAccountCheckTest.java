package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.dep;
import static dev.prodready.check.infrastructure.FactKit.facts;

class SeparateProductionAccountCheckTest {

    private static String provider(String account) {
        return """
                provider "aws" {
                  region              = "eu-west-1"
                  allowed_account_ids = ["%s"]
                }
                """.formatted(account);
    }

    private static final String SHARED_PROJECT_RESOURCE = """
            resource "google_dns_record_set" "www" {
              project = "shop-shared-dns"
            }
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("different accounts per environment pass", facts(
                                Scan.file("envs/prod/providers.tf", provider("111111111111")),
                                Scan.file("envs/staging/providers.tf", provider("222222222222"))),
                        PASS, "envs/prod/providers.tf:3", "envs/staging/providers.tf:3"),
                Case.of("the same account in prod and dev fails (2.rf1)", facts(
                                Scan.file("envs/prod/providers.tf", provider("111111111111")),
                                Scan.file("envs/dev/providers.tf", provider("111111111111"))),
                        FAIL, "envs/prod/providers.tf:3", "envs/dev/providers.tf:3"),
                Case.of("tfvars naming the same GCP project fail", facts(
                                Scan.file("prod.tfvars", "project = \"shop-app-4821\"\n"),
                                Scan.file("staging.tfvars", "project = \"shop-app-4821\"\n")),
                        FAIL, "prod.tfvars:1", "staging.tfvars:1"),
                Case.of("a resource's own shared project is not the environment's account", facts(
                                Scan.file("envs/prod/dns.tf", SHARED_PROJECT_RESOURCE),
                                Scan.file("envs/dev/dns.tf", SHARED_PROJECT_RESOURCE)),
                        UNKNOWN),
                Case.of("supabase without IaC is unknown, naming the project", facts(dep("@supabase/supabase-js", "package.json", 12)),
                        UNKNOWN, "package.json:12"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new SeparateProductionAccountCheck());
    }
}
