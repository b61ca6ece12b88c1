package dev.prodready.check.documentation;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.SignalKind;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.compliance.CheckFixture.document;
import static dev.prodready.check.compliance.CheckFixture.locations;
import static dev.prodready.check.compliance.CheckFixture.match;
import static dev.prodready.check.compliance.CheckFixture.run;
import static dev.prodready.check.compliance.CheckFixture.signal;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectOverviewCheckTest {

    private final ProjectOverviewCheck check = new ProjectOverviewCheck();

    @Test
    void writtenReadmeAndDocsPass() {
        Outcome o = run(check, document("README.md", 320), document("docs/setup.md", 200), document("LICENSE", 900));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(o.message()).contains("520 words");
        assertThat(locations(o)).containsExactly("README.md", "docs/setup.md");
    }

    @Test
    void generatedReadmeAloneFails() {
        Outcome o = run(check, document("README.md", 180), document("LICENSE.md", 900),
                match(ProjectOverviewCheck.SCAFFOLD, "bootstrapped with create-next-app", "README.md", 1));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("README.md:1");
    }

    @Test
    void generatedReadmeThatGrewWellBeyondTheTemplateCounts() {
        Outcome o = run(check, document("README.md", 800),
                match(ProjectOverviewCheck.SCAFFOLD, "# Welcome to your Lovable project", "README.md", 1));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @Test
    void documentsOfOnlyHeadingsAndPlaceholdersFailNamingThem() {
        Outcome o = run(check, document("README.md", 0), document("docs/incident-response.md", 0));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).contains("2 document(s)", "headings and placeholders");
        assertThat(locations(o)).containsExactly("README.md", "docs/incident-response.md");
    }

    @Test
    void aFewWordsArePartial() {
        Outcome o = run(check, document("README.md", 40));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("README.md");
    }

    @Test
    void onlyBoilerplateFails() {
        Outcome o = run(check, document("LICENSE", 900), document("CHANGELOG.md", 300),
                document(".github/pull_request_template.md", 80));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".github/pull_request_template.md", "CHANGELOG.md", "LICENSE");
    }

    @Test
    void readmeThatWasNotReadIsUnknown() {
        Outcome o = run(check, signal(SignalKind.REPO_README, "README.md"));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("no document was read");
    }

    @Test
    void noDocumentsAtAllFail() {
        Outcome o = run(check);
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(".");
    }
}
