package dev.prodready.check;

import dev.prodready.fact.DocumentFact;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLanguageTest {

    private static DocumentFact doc(String path, int words, String language) {
        return new DocumentFact(path, "", List.of(), words, language, false, Optional.empty(), Evidence.at(path, 1, "read"));
    }

    @Test
    void mostlyGermanDocumentationIsNamed() {
        Facts facts = Facts.of(List.of(doc("README.md", 60, "en"), doc("docs/betrieb.md", 400, "de"),
                doc("docs/recht.md", 120, "fr")));
        assertThat(DocumentLanguage.mostlyForeign(facts)).contains("German");
    }

    @Test
    void englishDocumentationOrAFewForeignWordsChangeNothing() {
        assertThat(DocumentLanguage.mostlyForeign(Facts.of(List.of(doc("README.md", 500, "en"),
                doc("docs/de.md", 400, "de"))))).isEmpty();
        assertThat(DocumentLanguage.mostlyForeign(Facts.of(List.of(doc("docs/de.md", 100, "de"))))).isEmpty();
        assertThat(DocumentLanguage.mostlyForeign(Facts.of(List.of(doc("docs/x.md", 900, ""))))).isEmpty();
    }

    @Test
    void anAbsenceIsUnknownWithTheDocumentsSearchedAsEvidence() {
        Facts facts = Facts.of(List.of(doc("docs/notfall.md", 300, "de")));
        Optional<Outcome> o = DocumentLanguage.cannotTellAbsence(facts, "a runbook");
        assertThat(o).hasValueSatisfying(outcome -> {
            assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
            assertThat(outcome.message()).contains("German", "a runbook");
            assertThat(outcome.evidence()).extracting(Evidence::path).containsExactly("docs/notfall.md");
        });
    }
}
