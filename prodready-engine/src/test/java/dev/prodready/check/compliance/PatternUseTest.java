package dev.prodready.check.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pattern id the compliance checks read is defined in patterns/compliance.yml, and every one defined is read. */
public class PatternUseTest {

    public static Set<String> ids(String resource) throws IOException {
        Set<String> ids = new HashSet<>();
        try (InputStream in = PatternUseTest.class.getClassLoader().getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            root.path("patterns").forEach(p -> ids.add(p.path("id").asText()));
        }
        return ids;
    }

    @Test
    void compliancePatternsAreDefinedAndUsed() throws IOException {
        Set<String> used = Set.of(LegalEvidence.PLACEHOLDER, LegalEvidence.ACCOUNT_DELETION, LegalEvidence.DATA_EXPORT,
                LegalEvidence.EXPORT_FORMAT, LegalEvidence.DO_NOT_SELL, LegalEvidence.GDPR_MENTION,
                LegalEvidence.CALIFORNIA_MENTION, LegalEvidence.CONSENT_SCRIPT, LegalEvidence.CONSENT_BANNER,
                LegalEvidence.TRACKER_SCRIPT);
        assertThat(ids("patterns/compliance.yml")).containsExactlyInAnyOrderElementsOf(used);
    }
}
