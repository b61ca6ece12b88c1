package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Facts;
import dev.prodready.fact.ForeignKeyFact;
import dev.prodready.fact.SignalKind;

import java.util.List;

import static dev.prodready.check.performance.PerformancePatterns.PERF_DB_INDEX;
import static dev.prodready.check.performance.PerformancePatterns.PERF_TABLE_DEFINITION;

/**
 * perf.db-indexes: secondary indexes declared in the schema or migrations. Declared indexes show the work was
 * done, not that it matches every query; tables with no index at all are a clear gap. When the code analysis read
 * the Prisma schema or SQL migrations, each foreign key is judged: one without an index leading with it is a gap.
 */
public final class DatabaseIndexesCheck implements Check {

    @Override
    public String itemId() {
        return "perf.db-indexes";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<ForeignKeyFact> keys = ParsedLoops.foreignKeys(facts);
        Clues indexes = Clues.matches(facts, "index declared", PERF_DB_INDEX).outsideTests();
        if (!keys.isEmpty()) {
            List<ForeignKeyFact> missing = keys.stream().filter(k -> !k.safe()).toList();
            if (missing.isEmpty()) {
                return new Clues(keys.stream().map(ForeignKeyFact::evidence).toList()).pass("all " + keys.size()
                        + " foreign key(s) in the schema and migrations have an index leading with them");
            }
            Clues gaps = new Clues(missing.stream().map(ForeignKeyFact::evidence).toList());
            String message = missing.size() + " of " + keys.size() + " foreign key(s) have no index; joins on them and"
                    + " deletes of the referenced rows scan the whole table";
            return indexes.found() ? gaps.partial(message) : gaps.fail(message + ", and no secondary index is declared anywhere");
        }
        Clues tables = Clues.matches(facts, "table defined", PERF_TABLE_DEFINITION).outsideTests();
        if (indexes.found()) {
            return indexes.pass(indexes.count() + " index declaration(s) found for " + tables.count()
                    + " table definition(s); whether they cover the slowest queries needs EXPLAIN on real data");
        }
        if (tables.found()) {
            return tables.fail(tables.count() + " table definition(s) but no secondary index anywhere in the schema"
                    + " or migrations; only primary keys and unique constraints are indexed");
        }
        Clues schema = Clues.signals(facts, SignalKind.DB_SCHEMA, SignalKind.DB_MIGRATIONS,
                SignalKind.DB_SUPABASE_MIGRATIONS);
        return schema.unknown(schema.found()
                ? "schema files exist but no table or index definition in them was recognised"
                : "no schema or migrations in the repository, so the indexes live only in the database; attest them");
    }
}
