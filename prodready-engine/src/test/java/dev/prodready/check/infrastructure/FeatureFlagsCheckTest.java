package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.cap;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.manifest;
import static dev.prodready.fact.Capability.FEATURE_FLAGS;

class FeatureFlagsCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("flag library passes", facts(manifest("package.json"), cap(FEATURE_FLAGS, "posthog-js", "package.json", 14)),
                        PASS, "package.json:14"),
                Case.of("environment toggles are partial", facts(manifest("package.json"), Snippets.file("src/checkout.ts",
                                "export const on = process.env.NEXT_PUBLIC_FEATURE_NEW_CHECKOUT === 'true'\n")),
                        PARTIAL, "src/checkout.ts:1"),
                Case.of("manifest without flags fails", facts(manifest("package.json")), FAIL, "package.json"),
                Case.of("no manifest is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new FeatureFlagsCheck());
    }
}
