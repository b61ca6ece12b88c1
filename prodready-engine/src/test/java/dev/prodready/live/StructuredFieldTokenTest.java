package dev.prodready.live;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredFieldTokenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "same-origin|same-origin",
            "require-corp; report-to=\"coep-endpoint\"|require-corp",
            "credentialless;report-to=\"e\"|credentialless",
            "require-corp; report-to|require-corp",
            "unsafe-none; a=1; b=?0; c=:YWJj:|unsafe-none",
            "'  same-origin-allow-popups  '|same-origin-allow-popups"})
    void readsTheTokenOfAnItem(String header, String token) {
        assertThat(StructuredFieldToken.of(header)).hasValue(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"require-corp\"", "require-corp, same-origin", "require-corp; report-to=coep endpoint",
            "", "42", "require-corp; Report-To=\"x\"", "require-corp;", "same-origin garbage"})
    void rejectsAnythingButOneToken(String header) {
        assertThat(StructuredFieldToken.of(header)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Require-Corp", "SAME-ORIGIN"})
    void keepsCaseSoThatOtherSpellingsAreNotPolicies(String header) {
        assertThat(StructuredFieldToken.of(header)).hasValue(header);
    }
}
