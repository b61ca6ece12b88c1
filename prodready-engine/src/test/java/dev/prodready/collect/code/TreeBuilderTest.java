package dev.prodready.collect.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class TreeBuilderTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyGrammarLoadsAndItsQueryCompiles(Language language) {
        assertThat(Grammars.failure(language)).isEmpty();
        assertThat(Grammars.get(language)).isPresent();
    }

    @Test
    void typescriptCallsNestWithTheirArgumentsAndStrings() {
        SyntaxTree tree = parse(Language.TYPESCRIPT, """
                export async function GET(req: Request) {
                  const q = `SELECT * FROM t WHERE id = ${req.id}`;
                  await db.query("SELECT " + x, [1]);
                }
                """);
        Node query = tree.nodes(Kind.CALL).get(0);
        assertThat(query.callee()).isEqualTo("db.query");
        assertThat(query.calleeName()).isEqualTo("query");
        assertThat(query.line()).isEqualTo(3);
        assertThat(query.args()).hasSize(2);
        assertThat(query.args().get(0).value().kind()).isEqualTo(Kind.CONCAT);
        Node template = tree.nodes(Kind.STR).stream().filter(Node::interpolated).findFirst().orElseThrow();
        assertThat(template.literalText()).isEqualTo("SELECT * FROM t WHERE id = ");
        Node func = tree.nodes(Kind.FUNC).get(0);
        assertThat(func.slotText("name")).isEqualTo("GET");
        assertThat(func.parent().map(Node::kind)).contains(Kind.EXPORT);
        assertThat(tree.errorLine()).isZero();
    }

    @Test
    void multiByteCharactersKeepOffsetsAndLinesRight() {
        SyntaxTree tree = parse(Language.TSX, "const a = '😀 é';\nfoo(\"ü\", bar);\n");
        Node call = tree.nodes(Kind.CALL).get(0);
        assertThat(call.callee()).isEqualTo("foo");
        assertThat(call.line()).isEqualTo(2);
        assertThat(call.args().get(0).text()).isEqualTo("\"ü\"");
    }

    @Test
    void memberCallsInJavaPhpAndRubyGetTheirWholeCallee() {
        assertThat(parse(Language.JAVA, "class A { void m() { stmt.executeQuery(\"x\" + id); } }")
                .nodes(Kind.CALL).get(0).callee()).isEqualTo("stmt.executeQuery");
        assertThat(parse(Language.PHP, "<?php $pdo->query(\"SELECT $id\");")
                .nodes(Kind.CALL).get(0).callee()).isEqualTo("$pdo.query");
        assertThat(parse(Language.RUBY, "User.where(\"name = '#{n}'\")").nodes(Kind.CALL).get(0).callee())
                .isEqualTo("User.where");
    }

    @Test
    void pythonFStringsAndPercentFormattingAreRecognised() {
        SyntaxTree tree = parse(Language.PYTHON, "cur.execute(f\"SELECT {x}\")\ncur.execute(\"SELECT %s\" % x)\n");
        assertThat(tree.nodes(Kind.STR).get(0).interpolated()).isTrue();
        assertThat(tree.nodes(Kind.FORMAT)).hasSize(1);
    }

    @Test
    void syntaxErrorsAreLocatedAndTheRestStillParses() {
        SyntaxTree tree = parse(Language.TYPESCRIPT, "const a = 1;\nconst b = ) 2;\nfoo(1);\n");
        assertThat(tree.errorLine()).isPositive();
        assertThat(tree.nodes(Kind.CALL)).isNotEmpty();
    }

    static SyntaxTree parse(Language language, String text) {
        try (CodeParser parser = new CodeParser()) {
            return parser.parse(language, "x", text).orElseThrow();
        }
    }
}
