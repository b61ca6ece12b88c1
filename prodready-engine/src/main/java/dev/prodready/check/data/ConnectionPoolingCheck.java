package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.check.infrastructure.Matches;
import dev.prodready.check.infrastructure.Platforms;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.ManifestFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * db.connection-pooling: database connections are pooled, by an external pooler (PgBouncer, Supavisor, RDS
 * Proxy, Prisma Accelerate) or a configured in-process pool.
 */
public final class ConnectionPoolingCheck implements Check {

    private static final Set<String> PROXIES = Set.of("aws_db_proxy", "AWS::RDS::DBProxy");

    @Override
    public String itemId() {
        return "db.connection-pooling";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> pooled = new ArrayList<>();
        facts.all(CapabilityFact.class, c -> c.capability() == Capability.CONNECTION_POOLING).stream().limit(2)
                .forEach(c -> pooled.add(c.evidence().withNote(c.source() + " pools connections")));
        for (ContentMatch m : Matches.of(facts, List.of("pool.connection-marker", "pool.pooler-image", "pool.code-config"))) {
            pooled.add(m.evidence().withNote(switch (m.pattern()) {
                case "pool.connection-marker" -> "connection goes through a pooler";
                case "pool.pooler-image" -> "connection pooler service";
                default -> "connection pool configured in code";
            }));
        }
        IacModel.of(facts).resources(PROXIES).forEach(b -> pooled.add(b.evidence("RDS Proxy pools connections")));
        if (!pooled.isEmpty()) {
            return Outcome.pass("database connections are pooled", pooled.stream().limit(5).toList());
        }
        List<CapabilityFact> orm = facts.all(CapabilityFact.class,
                c -> c.capability() == Capability.ORM || c.capability() == Capability.QUERY_BUILDER);
        List<CapabilityFact> drivers = facts.all(CapabilityFact.class, c -> c.capability() == Capability.DB_DRIVER);
        if (!orm.isEmpty()) {
            return Outcome.partial("the ORM keeps a small pool per process, but nothing bounds connections across "
                    + "processes or serverless instances (no external pooler or pool settings found)",
                    orm.stream().limit(3).map(c -> c.evidence().withNote(c.source() + ": per-process pool only")).toList());
        }
        if (!drivers.isEmpty()) {
            return Outcome.fail("the database driver is used without a connection pool",
                    drivers.stream().limit(3).map(c -> c.evidence().withNote(c.source() + ": no pool configured")).toList());
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        if (supabase.isPresent()) {
            return Outcome.notApplicable("data goes through Supabase's HTTP API, whose server pools connections; "
                    + "nothing for the app to configure", List.of(supabase.get().withNote("Supabase client: no direct "
                    + "database connections")));
        }
        Optional<Evidence> firebase = Platforms.firebase(facts);
        if (firebase.isPresent()) {
            return Outcome.notApplicable("Firebase is reached through its API; there are no database connections to pool",
                    List.of(firebase.get().withNote("Firebase SDK: no database connections")));
        }
        if (facts.all(ManifestFact.class).isEmpty()) {
            return Outcome.unknown("no dependency manifest was found, so the database client is unknown");
        }
        return Outcome.unknown("no database client among the dependencies; if the app uses a database, attest how "
                + "its connections are pooled");
    }
}
