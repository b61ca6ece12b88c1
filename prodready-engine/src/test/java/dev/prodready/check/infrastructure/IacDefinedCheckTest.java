package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.IAC_PULUMI;
import static dev.prodready.fact.SignalKind.IAC_TERRAFORM;
import static dev.prodready.fact.SignalKind.PLATFORM_SUPABASE;
import static dev.prodready.fact.SignalKind.PLATFORM_VERCEL;

class IacDefinedCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("terraform passes", facts(signal(IAC_TERRAFORM, "infra/main.tf"), signal(IAC_PULUMI, "Pulumi.yaml")),
                        PASS, "infra/main.tf", "Pulumi.yaml"),
                Case.of("platform config alone is partial", facts(signal(PLATFORM_VERCEL, "vercel.json"),
                        signal(PLATFORM_SUPABASE, "supabase/config.toml")), PARTIAL, "vercel.json", "supabase/config.toml"),
                Case.of("nothing fails, citing the search", List.of(), FAIL, "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new IacDefinedCheck());
    }
}
