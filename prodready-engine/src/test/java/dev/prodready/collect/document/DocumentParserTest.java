package dev.prodready.collect.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.fact.DocKind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentParserTest {

    @Test
    void markdownHeadingsOfEveryShapeButNotInsideCodeOrFrontMatter() {
        ParsedDocument doc = DocumentParser.parse("docs/a.md", """
                ---
                title: "Ops guide"
                ---
                Intro text.

                Setext one
                ==========

                ## 1. Deploying: ##

                ```bash
                # not a heading
                ```

                <h3>HTML <em>heading</em></h3>

                Setext two
                ----------
                #hashtag is not a heading
                ### **Rollback** [steps](#x)
                """);
        assertThat(doc.title).isEqualTo("Ops guide");
        assertThat(doc.headings()).containsExactly("Setext one", "Deploying", "HTML heading", "Setext two", "Rollback steps");
        assertThat(doc.sections.get(2).level()).isEqualTo(2);
        assertThat(doc.sections.get(2).evidenceLine()).isEqualTo(9);
        // "Deploying" (level 2) owns the HTML h3 as a subsection: its subtree ends at the next level <= 2.
        assertThat(doc.sections.get(3).parent()).isEqualTo(2);
        assertThat(doc.fences).hasSize(1);
        assertThat(doc.words()).isLessThan(25);
    }

    @Test
    void restructuredTextUnderlinesSetLevelsByFirstAppearance() {
        ParsedDocument doc = DocumentParser.parse("docs/a.rst", """
                =========
                Handbook
                =========

                Backups
                -------

                Text::

                    literal block
                    ---------

                Restores
                --------
                """);
        assertThat(doc.headings()).containsExactly("Handbook", "Backups", "Restores");
        assertThat(doc.sections.get(1).level()).isEqualTo(1);
        assertThat(doc.sections.get(2).level()).isEqualTo(2);
        assertThat(doc.title).isEqualTo("Handbook");
    }

    @Test
    void asciidocAndPlainText() {
        assertThat(DocumentParser.parse("a.adoc", "= Title\n\n== Part\n\n....\n== literal\n....\n").headings())
                .containsExactly("Title", "Part");
        assertThat(DocumentParser.parse("a.txt", "ON-CALL ROTATION\n\nweekly, see PagerDuty.\n\nNOT A HEADING BECAUSE IT IS FAR TOO LONG TO BE ONE REALLY\n")
                .headings()).containsExactly("ON-CALL ROTATION");
    }

    @Test
    void aDocumentWithoutHeadingsIsTitledByItsFileName() {
        ParsedDocument doc = DocumentParser.parse("docs/notes.md", "just text\n");
        assertThat(doc.title).isEqualTo("notes.md");
        assertThat(doc.titleLine).isEqualTo(-1);
        assertThat(doc.sections).hasSize(1);
    }

    @Test
    void anUnclosedFenceRunsToTheEnd() {
        ParsedDocument doc = DocumentParser.parse("a.md", "# A\n\n```\n## not heading\n");
        assertThat(doc.headings()).containsExactly("A");
    }

    @Test
    void everyDocKindHasARuleAndTheRulesLoad() {
        Set<DocKind> ruled = DocumentRules.builtIn().kinds.stream().map(KindRule::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocKind.class)));
        assertThat(ruled).containsExactlyInAnyOrder(DocKind.values());
    }

    @Test
    void defectiveRuleDataIsRejectedWithTheKindNamed() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertThatThrownBy(() -> DocumentRules.parse("x.yml", yaml.readTree("kinds: [{kind: nonsense}]")))
                .hasMessageContaining("unknown document kind 'nonsense'");
        assertThatThrownBy(() -> DocumentRules.parse("x.yml", yaml.readTree("kinds: [{kind: rollback, headings: ['(']}]")))
                .hasMessageContaining("rollback").hasMessageContaining("bad regex");
        assertThatThrownBy(() -> DocumentRules.parse("x.yml", yaml.readTree("kinds: [{kind: rollback, heading: ['x']}]")))
                .hasMessageContaining("unknown field 'heading'");
        assertThatThrownBy(() -> DocumentRules.parse("x.yml", yaml.readTree("kinds: [{kind: rollback, content: [a], minConcepts: 2}]")))
                .hasMessageContaining("minConcepts 2 exceeds");
        assertThatThrownBy(() -> DocumentRules.parse("x.yml", yaml.readTree("kinds: [{kind: rollback}, {kind: rollback}]")))
                .hasMessageContaining("listed twice");
    }
}
