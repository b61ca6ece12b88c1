package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.infrastructure.Matches;
import dev.prodready.check.infrastructure.Pipelines;
import dev.prodready.check.infrastructure.Platforms;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * db.migrations-versioned: every schema change is a migration file in the repository, applied in order;
 * nothing is changed by hand in a dashboard or pushed straight from the schema file.
 */
public final class VersionedMigrationsCheck implements Check {

    @Override
    public String itemId() {
        return "db.migrations-versioned";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<FileSignal> migrations = Platforms.signals(facts, SignalKind.DB_MIGRATIONS, SignalKind.DB_SUPABASE_MIGRATIONS);
        List<ContentMatch> pushes = Matches.of(facts, "migrate.schema-push");
        if (!migrations.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(migrations.stream().limit(3)
                    .map(s -> s.evidence().withNote("versioned migrations")).toList());
            if (!pushes.isEmpty()) {
                evidence.addAll(Matches.cite(pushes, 2, m -> "schema pushed without a migration"));
                return Outcome.partial("migrations exist, but a script also pushes the schema directly, bypassing "
                        + "them", evidence);
            }
            List<PipelineAction> applied = Pipelines.of(facts).actions(ActionKind.MIGRATION);
            applied.stream().map(a -> a.evidence().withNote("migrations applied by the pipeline: " + a.tool()))
                    .filter(e -> evidence.stream().noneMatch(x -> x.location().equals(e.location())))
                    .limit(2).forEach(evidence::add);
            return Outcome.pass("schema changes are versioned migrations" + (applied.isEmpty() ? ""
                    : ", applied by the deploy pipeline"), evidence);
        }
        if (!pushes.isEmpty()) {
            return Outcome.fail("the schema is pushed straight to the database with no migration history",
                    Matches.cite(pushes, 3, m -> "schema push without migrations"));
        }
        List<CapabilityFact> tool = facts.all(CapabilityFact.class, c -> c.capability() == Capability.MIGRATIONS);
        List<FileSignal> schema = Platforms.signals(facts, SignalKind.DB_SCHEMA);
        List<CapabilityFact> clients = facts.all(CapabilityFact.class, c -> c.capability() == Capability.ORM
                || c.capability() == Capability.QUERY_BUILDER || c.capability() == Capability.DB_DRIVER);
        if (!schema.isEmpty() || !clients.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(schema.stream().limit(2)
                    .map(s -> s.evidence().withNote("schema without migration files")).toList());
            clients.stream().limit(2).forEach(c -> evidence.add(c.evidence().withNote(c.source() + " in use, no migrations")));
            if (!tool.isEmpty()) {
                tool.stream().limit(1).forEach(c -> evidence.add(c.evidence().withNote(c.source()
                        + " can run migrations, but none are committed")));
            }
            return Outcome.fail("the app has a database schema but no versioned migrations", evidence);
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        if (supabase.isPresent()) {
            return Outcome.fail("the app uses a Supabase database, but no supabase/migrations folder records its schema; "
                    + "changes made in the dashboard are not tracked", List.of(supabase.get()
                    .withNote("Supabase in use; no migrations committed")));
        }
        if (!tool.isEmpty()) {
            return Outcome.partial("a migration tool is installed but no migration files were found",
                    tool.stream().limit(2).map(c -> c.evidence().withNote(c.source() + ": no migrations committed")).toList());
        }
        Optional<Evidence> firebase = Platforms.firebase(facts);
        if (firebase.isPresent()) {
            return Outcome.notApplicable("Firestore has no schema to migrate", List.of(firebase.get()
                    .withNote("Firebase: schemaless database")));
        }
        return Outcome.unknown("no database schema, client or migrations found");
    }
}
