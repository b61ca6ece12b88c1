package dev.prodready.check.security;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Capability;
import org.junit.jupiter.api.Test;

import static dev.prodready.check.security.Fixture.capability;
import static dev.prodready.check.security.Fixture.locations;
import static dev.prodready.check.security.Fixture.match;
import static dev.prodready.check.security.Fixture.run;
import static dev.prodready.check.security.Fixture.scanned;
import static dev.prodready.check.security.SecurityPatterns.SQLI_INTERPOLATED_CALL_JS;
import static dev.prodready.check.security.SecurityPatterns.SQLI_INTERPOLATED_CALL_PY;
import static dev.prodready.check.security.SecurityPatterns.SQLI_QUOTED_INTERPOLATION;
import static dev.prodready.check.security.SecurityPatterns.SQLI_UNSAFE_RAW_API;
import static dev.prodready.check.security.SecurityPatterns.SQLI_UNTAGGED_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

class ParameterizedQueriesCheckTest {

    private static final String SEARCH = "supabase/functions/search-projects/index.ts";
    private final ParameterizedQueriesCheck check = new ParameterizedQueriesCheck();

    @Test
    void valuesPastedIntoSqlFailAtEachLine() {
        String line = "      sql += ` and p.owner_id = '${ownerId}'`;";
        Outcome o = run(check,
                match(SQLI_QUOTED_INTERPOLATION, SEARCH, 20, "      where (p.title ilike '%${q}%' or p.description ilike '%${q}%')"),
                match(SQLI_QUOTED_INTERPOLATION, SEARCH, 22, line),
                match(SQLI_UNSAFE_RAW_API, SEARCH, 26, "const result = await client.queryObject(sql);"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly(SEARCH + ":20", SEARCH + ":22");
    }

    @Test
    void oneLineMatchedByTwoPatternsIsCitedOnce() {
        String line = "const rows = await pool.query(`SELECT * FROM users WHERE id = ${id}`);";
        Outcome o = run(check, match(SQLI_INTERPOLATED_CALL_JS, "server/users.js", 8, line),
                match(SQLI_UNTAGGED_TEMPLATE, "server/users.js", 8, line),
                match(SQLI_INTERPOLATED_CALL_PY, "app/db.py", 30, "cursor.execute(f\"SELECT * FROM users WHERE id = {user_id}\")"));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(locations(o)).containsExactly("app/db.py:30", "server/users.js:8");
    }

    @Test
    void rawQueryFromAVariableIsPartial() {
        Outcome o = run(check, match(SQLI_UNSAFE_RAW_API, SEARCH, 26, "const result = await client.queryObject(sql);"));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly(SEARCH + ":26");
    }

    @Test
    void ormWithoutRawSqlPasses() {
        Outcome o = run(check, scanned(60), capability(Capability.ORM, "@prisma/client", "package.json", 22));
        assertThat(o.status()).isEqualTo(Status.PASS);
        assertThat(locations(o)).containsExactly("package.json:22", ".");
    }

    @Test
    void rawDriverWithoutVisibleInterpolationIsPartial() {
        Outcome o = run(check, scanned(60), capability(Capability.DB_DRIVER, "pg", "package.json", 19));
        assertThat(o.status()).isEqualTo(Status.PARTIAL);
        assertThat(locations(o)).containsExactly("package.json:19", ".");
    }

    @Test
    void noDatabaseCodeIsUnknown() {
        assertThat(run(check, scanned(60)).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aParsedSpliceFailsEvenWhenNoLineShowsIt() {
        Outcome o = Fixture.run(new ParameterizedQueriesCheck(), CodeFacts.parsed("javascript", 3),
                CodeFacts.query("src/db.js", 16, "concatenated", false),
                CodeFacts.query("src/db.js", 10, "parameterised", true));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.FAIL);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/db.js:16");
    }

    @Test
    void parsedParameterisedQueriesPassAndSupersedeLinePatternsInParsedFiles() {
        Outcome o = Fixture.run(new ParameterizedQueriesCheck(), CodeFacts.parsed("typescript", 3),
                CodeFacts.query("src/lib/db.ts", 10, "parameterised", true),
                Fixture.match(dev.prodready.check.security.SecurityPatterns.SQLI_UNTAGGED_TEMPLATE, "src/lib/db.ts", 20,
                        "const q = `SELECT * FROM users WHERE id IN (${placeholders})`;"));
        org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(dev.prodready.check.Status.PASS);
        org.assertj.core.api.Assertions.assertThat(Fixture.locations(o)).containsExactly("src/lib/db.ts:10", ".");
    }
}
