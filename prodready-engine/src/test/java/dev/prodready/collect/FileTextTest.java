package dev.prodready.collect;

import dev.prodready.collect.text.KeywordAutomaton;
import dev.prodready.collect.text.KeywordHits;
import dev.prodready.collect.text.KeywordUnion;
import dev.prodready.workspace.SourceFile;
import dev.prodready.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared keyword walks answer exactly what separate ones do, whether or not the pass guessed right. */
class FileTextTest {

    private static final KeywordAutomaton SECRETS = KeywordAutomaton.of(List.of("key", "token", "sk_live_"));
    private static final KeywordAutomaton ROUTES = KeywordAutomaton.of(List.of("export", "get", "post"));
    private static final KeywordAutomaton SQL = KeywordAutomaton.of(List.of("select", "insert", "key"));
    private static final KeywordAutomaton OTHER = KeywordAutomaton.of(List.of("zzz", "token"));

    @Test
    void anExpectedSetIsWalkedOnceAndAnythingElseOnItsOwn(@TempDir Path root) throws Exception {
        SourceFile file = file(root, "export async function GET() { const key = 'x'; select token; }\n");
        List<List<KeywordAutomaton>> unions = new ArrayList<>();
        FileText text = new FileText(file, first -> first == ROUTES ? List.of(ROUTES, SECRETS, SQL) : List.of(),
                parts -> {
                    unions.add(parts);
                    return KeywordUnion.of(parts);
                });
        String source = text.get().orElseThrow();

        for (KeywordAutomaton a : List.of(ROUTES, SECRETS, SQL, OTHER, SECRETS)) {
            assertThat(text.hits(a).toString()).isEqualTo(KeywordHits.of(a, source).toString());
        }
        assertThat(unions).containsExactly(List.of(ROUTES, SECRETS, SQL)); // OTHER was walked alone
        assertThat(text.asked()).containsExactly(ROUTES, SECRETS, SQL, OTHER);
        assertThat(text.hits(SECRETS)).isSameAs(text.hits(SECRETS));
    }

    @Test
    void aFirstQuestionOutsideTheGuessWalksAlone(@TempDir Path root) throws Exception {
        SourceFile file = file(root, "key token export\n");
        List<List<KeywordAutomaton>> unions = new ArrayList<>();
        FileText text = new FileText(file, first -> List.of(ROUTES, SQL), parts -> {
            unions.add(parts);
            return KeywordUnion.of(parts);
        });

        assertThat(text.hits(SECRETS).size()).isEqualTo(2);
        assertThat(text.hits(ROUTES).size()).isEqualTo(1);
        assertThat(unions).isEmpty();
    }

    private static SourceFile file(Path root, String content) throws Exception {
        Files.writeString(root.resolve("a.ts"), content);
        return Workspace.open(root).files().get(0);
    }
}
