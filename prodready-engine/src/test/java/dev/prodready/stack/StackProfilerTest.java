package dev.prodready.stack;

import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Dependency;
import dev.prodready.fact.Ecosystem;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.ManifestFact;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackProfilerTest {

    private static Dependency npm(String name, int line) {
        return new Dependency(Ecosystem.NPM, name, "1.0.0", false, Evidence.at("package.json", line, null));
    }

    private static List<Fact> viteSupabaseApp() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new ManifestFact(Ecosystem.NPM, "package.json", 4, false, Evidence.file("package.json", null)));
        facts.add(npm("vite", 10));
        facts.add(npm("react", 11));
        facts.add(npm("@supabase/supabase-js", 12));
        facts.add(npm("stripe", 13));
        facts.add(new CapabilityFact(Capability.PAYMENTS, "stripe", Evidence.at("package.json", 13, null)));
        facts.add(new CapabilityFact(Capability.AUTH_PROVIDER, "@supabase/supabase-js", Evidence.at("package.json", 12, null)));
        facts.add(new FileSignal(SignalKind.PLATFORM_SUPABASE, "supabase/config.toml", Evidence.file("supabase/config.toml", null)));
        return facts;
    }

    @Test
    void recognisesViteReactSupabaseAndPicksItsRemediation() {
        StackProfile p = StackProfiler.profile(Facts.of(viteSupabaseApp()));
        assertThat(p.frameworks()).containsExactly("vite", "react");
        assertThat(p.services()).contains("supabase", "stripe");
        assertThat(p.remediationStack()).isEqualTo("vite-supabase");
        assertThat(p.trait(Trait.PAYMENTS).presence()).isEqualTo(Presence.PRESENT);
        assertThat(p.trait(Trait.PAYMENTS).evidence()).extracting(Evidence::location).containsExactly("package.json:13");
        assertThat(p.trait(Trait.PII).presence()).isEqualTo(Presence.PRESENT);
        assertThat(p.trait(Trait.WEB_FRONTEND).presence()).isEqualTo(Presence.PRESENT);
    }

    @Test
    void providerCheckoutWithoutCardFieldsRulesOutCardDataButFieldsBringItIn() {
        StackProfile hosted = StackProfiler.profile(Facts.of(viteSupabaseApp()));
        assertThat(hosted.trait(Trait.CARD_DATA).presence()).isEqualTo(Presence.ABSENT);
        assertThat(hosted.trait(Trait.CARD_DATA).evidence()).isNotEmpty();

        List<Fact> facts = viteSupabaseApp();
        facts.add(new ContentMatch("stack.card-field", "<input name=\"cardNumber\">", Evidence.at("src/Pay.tsx", 8, null)));
        StackProfile own = StackProfiler.profile(Facts.of(facts));
        assertThat(own.trait(Trait.CARD_DATA).presence()).isEqualTo(Presence.PRESENT);
        assertThat(own.trait(Trait.CARD_DATA).evidence()).extracting(Evidence::location).containsExactly("src/Pay.tsx:8");
    }

    @Test
    void noPaymentsIsAbsentOnlyWhenAManifestWasRead() {
        assertThat(StackProfiler.profile(Facts.empty()).trait(Trait.PAYMENTS).presence()).isEqualTo(Presence.UNKNOWN);
        List<Fact> facts = List.of(new ManifestFact(Ecosystem.PYPI, "requirements.txt", 3, false,
                Evidence.file("requirements.txt", null)), new Dependency(Ecosystem.PYPI, "fastapi", "0.110", false,
                Evidence.at("requirements.txt", 1, null)));
        StackProfile p = StackProfiler.profile(Facts.of(facts));
        assertThat(p.trait(Trait.PAYMENTS).presence()).isEqualTo(Presence.ABSENT);
        assertThat(p.trait(Trait.PAYMENTS).evidence()).extracting(Evidence::path).containsExactly("requirements.txt");
        assertThat(p.remediationStack()).isEqualTo("python");
        assertThat(p.trait(Trait.SERVER).presence()).isEqualTo(Presence.PRESENT);
    }

    @Test
    void enterpriseAndAudienceStayUnknownWithoutSignals() {
        StackProfile p = StackProfiler.profile(Facts.of(viteSupabaseApp()));
        assertThat(p.trait(Trait.ENTERPRISE).presence()).isEqualTo(Presence.UNKNOWN);
        assertThat(p.trait(Trait.EU_USERS).presence()).isEqualTo(Presence.UNKNOWN);
        assertThat(p.trait(Trait.HEALTH_DATA).presence()).isEqualTo(Presence.UNKNOWN);
    }
}
