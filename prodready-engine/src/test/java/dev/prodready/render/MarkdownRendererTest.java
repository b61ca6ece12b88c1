package dev.prodready.render;

import dev.prodready.catalogue.Severity;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.report.Report;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    @Test
    void staysUnderTheLimitWithAClearLineAndBalancedDetails() throws Exception {
        Report base = SarifRendererTest.sample(3);
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new Finding("code.rule-" + i, "appsec.xss-prevention", Severity.HIGH,
                    "a long message about finding number " + i + " that repeats to take space", null, "f" + i,
                    Evidence.at("src/file" + i + ".ts", i + 1, null)));
        }
        Report big = new Report(base.toolVersion(), base.target(), base.generatedAt(), base.stack(), base.summary(),
                base.items(), base.redFlags(), many, base.plan(), base.notes());
        StringWriter out = new StringWriter();
        new MarkdownRenderer().render(big, out);
        String md = out.toString();
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownRenderer.LIMIT);
        assertThat(md).contains("Report truncated to stay under 60000 characters");
        assertThat(md.split("<details>", -1).length).isEqualTo(md.split("</details>", -1).length);
    }

    @Test
    void textFromTheRepositoryCannotInjectMarkup() throws Exception {
        assertThat(MarkdownRenderer.escape("<script>x</script> | `code`")).doesNotContain("<script>").contains("\\|");
    }
}
