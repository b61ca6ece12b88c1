package dev.prodready.check.documentation;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.check.TraitGate;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;
import dev.prodready.stack.Trait;

import java.util.ArrayList;
import java.util.List;

/**
 * docs.db-schema: a schema document or a schema declared in one place (Prisma, schema.sql, ORM models) passes;
 * a schema that exists only as a chain of migrations is partial.
 */
public final class DbSchemaDocsCheck implements Check {

    @Override
    public String itemId() {
        return "docs.db-schema";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> found = new ArrayList<>();
        facts.all(DocumentSignal.class, s -> s.kind() == DocKind.DB_SCHEMA)
                .forEach(s -> found.add(s.evidence().withNote("database schema document")));
        facts.all(FileSignal.class, s -> s.kind() == SignalKind.DB_SCHEMA)
                .forEach(s -> found.add(s.evidence().withNote("schema declared in code")));
        if (!found.isEmpty()) {
            return Outcome.pass("the database schema is documented: " + Locations.of(found),
                    found.stream().limit(5).toList());
        }
        List<Evidence> migrations = facts.all(FileSignal.class,
                        s -> s.kind() == SignalKind.DB_MIGRATIONS || s.kind() == SignalKind.DB_SUPABASE_MIGRATIONS)
                .stream().limit(3).map(s -> s.evidence().withNote("schema only as migrations")).toList();
        if (!migrations.isEmpty()) {
            return Outcome.partial("the schema can only be pieced together from migrations (" + Locations.of(migrations)
                    + "); a schema file or document would show it whole", migrations);
        }
        if (!TraitGate.present(context, Trait.DATABASE)) {
            return TraitGate.undecided(context, Trait.DATABASE, "no schema file, migrations or schema document");
        }
        return Outcome.fail("the app uses a database but its schema is neither declared in one place nor documented",
                Searched.repository("schema file, migrations or database schema document"));
    }
}
