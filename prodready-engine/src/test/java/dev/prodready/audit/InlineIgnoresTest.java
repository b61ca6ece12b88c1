package dev.prodready.audit;

import dev.prodready.catalogue.Severity;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InlineIgnoresTest {

    private static Finding at(String rule, int line) {
        return new Finding(rule, "appsec.xss-prevention", Severity.HIGH, "unsafe HTML", null, "fp" + line,
                Evidence.at("src/View.tsx", line, null));
    }

    @Test
    void anIgnoreOnTheLineOrTheLineAboveDropsThatFindingOnly(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/View.tsx"), String.join("\n",
                "// prodready-ignore: code.unsafe-html sanitised by DOMPurify two lines up",
                "<div dangerouslySetInnerHTML={{ __html: clean }} />",
                "<div dangerouslySetInnerHTML={{ __html: raw }} />",
                "<p dangerouslySetInnerHTML={{ __html: x }} /> {/* prodready-ignore: code.unsafe-html */}",
                "<p dangerouslySetInnerHTML={{ __html: y }} /> {/* prodready-ignore: code.other-rule because */}", ""));
        InlineIgnores ignores = new InlineIgnores(Workspace.open(root));
        List<Finding> kept = ignores.filter(List.of(at("code.unsafe-html", 2), at("code.unsafe-html", 3),
                at("code.unsafe-html", 4), at("code.unsafe-html", 5)));
        assertThat(kept).extracting(f -> f.evidence().line()).containsExactly(3, 5);
        assertThat(ignores.notes()).anySatisfy(n -> assertThat(n.message()).contains("gives no reason"));
        assertThat(ignores.notes()).anySatisfy(n -> assertThat(n.message()).contains("2 finding(s) ignored"));
    }
}
