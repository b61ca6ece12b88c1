package dev.prodready.live;

import dev.prodready.fact.ObservatoryResult;
import dev.prodready.fact.ObservatoryTestResult;
import dev.prodready.workspace.live.LiveFixture;
import dev.prodready.workspace.live.LoopbackSite;
import dev.prodready.workspace.live.ProbeCapture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sites of the bench graded end to end. The algorithm-4 expectations are what @mdn/mdn-http-observatory 1.4.8
 * answered for the same sites in bench/probe; the algorithm-6 ones add its published changes.
 */
class ObservatoryTest {

    private static Map<String, ObservatoryResult> grade(String site) {
        try (LoopbackSite s = LiveFixture.start(site)) {
            ProbeCapture capture = LiveFixture.capture(s);
            return Map.of("4", Observatory.grade(capture, ObservatoryAlgorithm.V4),
                    "6", Observatory.grade(capture, ObservatoryAlgorithm.V6));
        }
    }

    private static ObservatoryTestResult test(ObservatoryResult r, String name) {
        return r.tests().get(name);
    }

    @Test
    void aWellConfiguredSiteEarnsEveryBonus() {
        Map<String, ObservatoryResult> r = grade("all-good");
        assertThat(r.get("4").score()).hasValue(130);
        assertThat(r.get("4").grade()).hasValue("A+");
        assertThat(r.get("4").tests()).hasSize(10);
        assertThat(r.get("6").tests()).hasSize(12).containsOnlyKeys(Observatory.TESTS);
        assertThat(test(r.get("6"), "cross-origin-opener-policy"))
                .isEqualTo(new ObservatoryTestResult("coop-implemented-with-same-origin", 10, true));
        assertThat(test(r.get("6"), "cross-origin-embedder-policy"))
                .isEqualTo(new ObservatoryTestResult("coep-implemented-with-require-corp", 10, true));
        assertThat(r.get("6").score()).hasValue(150);
    }

    @Test
    void xFrameOptionsDenyEarnsFivePointsFromAlgorithmFive() {
        Map<String, ObservatoryResult> r = grade("http-only");
        assertThat(test(r.get("4"), "x-frame-options")).isEqualTo(
                new ObservatoryTestResult("x-frame-options-sameorigin-or-deny", 0, true));
        assertThat(test(r.get("6"), "x-frame-options")).isEqualTo(
                new ObservatoryTestResult("x-frame-options-sameorigin-or-deny", 5, true));
        assertThat(test(r.get("4"), "cookies").result()).isEqualTo("cookies-session-without-secure-flag");
        assertThat(test(r.get("4"), "redirection").result()).isEqualTo("redirection-missing");
        assertThat(test(r.get("4"), "strict-transport-security").result()).isEqualTo("hsts-not-implemented-no-https");
        assertThat(r.get("4").score()).hasValue(0);
    }

    @Test
    void coopAndCoepValuesParametersAndInvalidTokens() {
        Map<String, ObservatoryResult> mixed = grade("coop-coep-mixed");
        assertThat(test(mixed.get("6"), "cross-origin-opener-policy").result())
                .isEqualTo("coop-implemented-with-same-origin-allow-popups");
        assertThat(test(mixed.get("6"), "cross-origin-embedder-policy").result())
                .isEqualTo("coep-implemented-with-credentialless");
        assertThat(mixed.get("4").score()).hasValue(30);
        assertThat(mixed.get("6").score()).as("bonuses only count from 90 up").hasValue(30);
        Map<String, ObservatoryResult> invalid = grade("coop-coep-invalid");
        assertThat(test(invalid.get("6"), "cross-origin-opener-policy"))
                .isEqualTo(new ObservatoryTestResult("coop-header-invalid", -5, false));
        assertThat(test(invalid.get("6"), "cross-origin-embedder-policy"))
                .isEqualTo(new ObservatoryTestResult("coep-header-invalid", -5, false));
        assertThat(invalid.get("6").score().orElseThrow()).isEqualTo(invalid.get("4").score().orElseThrow() - 10);
    }

    @Test
    void anUntrustedCertificateSpoilsHstsAndRedirection() {
        ObservatoryResult r = grade("self-signed").get("4");
        assertThat(test(r, "strict-transport-security").result()).isEqualTo("hsts-invalid-cert");
        assertThat(test(r, "redirection").result()).isEqualTo("redirection-invalid-cert");
        assertThat(r.score()).hasValue(60);
        assertThat(r.grade()).hasValue("C+");
    }

    @Test
    void thirdPartyScriptsWithoutIntegrityAndSessionCookiesUnderHsts() {
        assertThat(test(grade("sri-external-without").get("4"), "subresource-integrity"))
                .isEqualTo(new ObservatoryTestResult("sri-not-implemented-but-external-scripts-loaded-securely", -5,
                        false));
        ObservatoryResult cookies = grade("cookie-session-hsts-protected").get("4");
        assertThat(test(cookies, "cookies")).isEqualTo(new ObservatoryTestResult(
                "cookies-session-without-secure-flag-but-protected-by-hsts", -10, false));
        assertThat(cookies.score()).hasValue(40);
        assertThat(cookies.grade()).hasValue("D+");
    }

    @Test
    void aReflectedOriginWithCredentialsGradesAsObservatoryGradesIt() {
        assertThat(test(grade("cors-reflect-credentials").get("6"), "cross-origin-resource-sharing").result())
                .isEqualTo("cross-origin-resource-sharing-implemented-with-restricted-access");
    }

    @Test
    void anUnexpectedStatusIsNotGraded() {
        ObservatoryResult r = grade("server-error").get("6");
        assertThat(r.score()).isEmpty();
        assertThat(r.error()).hasValue("Site did respond with an unexpected HTTP status code 500.");
    }
}
