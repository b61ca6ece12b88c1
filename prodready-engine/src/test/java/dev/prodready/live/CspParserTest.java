package dev.prodready.live;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CspParserTest {

    @Test
    void directivesAreCaseInsensitiveAndSourcesLowerCased() throws Exception {
        Map<String, Set<String>> csp = CspParser.parse(List.of("Default-Src 'SELF' https://CDN.example.com;"
                + " img-src data:"));
        assertThat(csp.get("default-src")).containsExactlyInAnyOrder("'self'", "https://cdn.example.com");
        assertThat(csp.get("img-src")).containsExactly("data:");
    }

    @Test
    void anEmptySourceListMeansNone() throws Exception {
        assertThat(CspParser.parse(List.of("object-src; default-src 'self'")).get("object-src"))
                .containsExactly("'none'");
    }

    @Test
    void aRepeatedDirectiveIsInvalidButRepeatedReportUriOnlyWarns() throws Exception {
        assertThatThrownBy(() -> CspParser.parse(List.of("default-src 'self'; default-src 'none'")))
                .isInstanceOf(CspParser.InvalidPolicy.class);
        Map<String, Set<String>> csp = CspParser.parse(List.of("default-src 'self'; report-uri /a; report-uri /b"));
        assertThat(csp).containsKey(CspParser.DUPLICATES);
    }

    @Test
    void aPolicyShorterThanAnyDirectiveIsInvalid() {
        assertThatThrownBy(() -> CspParser.parse(List.of("a b"))).isInstanceOf(CspParser.InvalidPolicy.class);
    }

    @Test
    void withTwoPoliciesOnlySourcesBothAllowRemain() throws Exception {
        Map<String, Set<String>> csp = CspParser.parse(List.of("default-src 'self' https://a.example.com",
                "default-src 'self'"));
        assertThat(csp.get("default-src")).containsExactly("'self'");
    }

    @Test
    void metaPoliciesDropHeaderOnlyDirectives() throws Exception {
        Map<String, Set<String>> csp = CspParser.parseMeta(List.of("frame-ancestors 'none'; default-src 'self'"));
        assertThat(csp).containsOnlyKeys("default-src");
    }

    @Test
    void broaderSourcesHideNarrowerOnesOfTheSamePolicy() throws Exception {
        assertThat(CspParser.parse(List.of("script-src https: https://cdn.example.com")).get("script-src"))
                .containsExactly("https:");
    }
}
