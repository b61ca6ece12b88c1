package dev.prodready.check.documentation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import static dev.prodready.check.compliance.PatternUseTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Every pattern id the documentation checks read is defined in patterns/documentation.yml, and every one defined is read. */
class DocumentationPatternUseTest {

    @Test
    void documentationPatternsAreDefinedAndUsed() throws IOException {
        Set<String> used = new HashSet<>(EnvVarsDocumentedCheck.READ_PATTERNS);
        used.add(EnvVarsDocumentedCheck.EXAMPLE_ENTRY);
        used.add(EnvVarsDocumentedCheck.DOC_MENTION);
        used.add(ProjectOverviewCheck.SCAFFOLD);
        assertThat(ids("patterns/documentation.yml")).containsExactlyInAnyOrderElementsOf(used);
    }
}
