package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * net.private-database: databases sit in private subnets with no public address and no firewall rule letting
 * the internet reach their port.
 */
public final class PrivateDatabaseCheck implements Check {

    static final Set<Integer> DATABASE_PORTS = Set.of(5432, 3306, 1433, 1521, 27017, 6379, 5439, 9042, 26257, 11211, 9200);
    private static final Set<DbKind> NETWORKED = Set.of(DbKind.RDS, DbKind.CLOUD_SQL, DbKind.AZURE);

    @Override
    public String itemId() {
        return "net.private-database";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        IacModel iac = IacModel.of(facts);
        List<IacBlock> dbs = DatabaseResources.all(iac).stream()
                .filter(b -> DatabaseResources.kind(b.type()).filter(NETWORKED::contains).isPresent()).toList();
        List<Evidence> exposed = new ArrayList<>();
        for (IacBlock db : dbs) {
            iac.first(db, "tf.publicly-accessible").ifPresent(m -> exposed.add(m.evidence()
                    .withNote(db.label() + " is publicly accessible: it gets an internet-facing address")));
            DatabaseResources.cfnAttribute(iac, db, "PubliclyAccessible").filter(v -> v.value().equalsIgnoreCase("true"))
                    .ifPresent(v -> exposed.add(v.match().evidence()
                            .withNote("PubliclyAccessible: true gives the database an internet-facing address")));
            if (db.type().equals("google_sql_database_instance")) {
                iac.first(db, "tf.world-cidr").ifPresent(m -> exposed.add(m.evidence()
                        .withNote(db.label() + " authorises 0.0.0.0/0: any address may connect")));
            }
        }
        for (IacBlock rule : iac.resources(t -> t.endsWith("_firewall_rule") && t.startsWith("azurerm_"))) {
            iac.first(rule, "tf.firewall-all-ips").ifPresent(m -> exposed.add(m.evidence()
                    .withNote(rule.label() + " admits every IPv4 address")));
        }
        for (IacBlock list : iac.resources(Set.of("mongodbatlas_project_ip_access_list"))) {
            iac.first(list, "tf.world-cidr").ifPresent(m -> exposed.add(m.evidence()
                    .withNote("Atlas access list open to 0.0.0.0/0")));
        }
        for (IngressRule rule : IngressRules.of(iac)) {
            if (rule.world() && !rule.ports().unresolved() && rule.ports().coversAny(DATABASE_PORTS)) {
                exposed.add(rule.evidence().withNote(rule.resource() + " opens " + databasePorts(rule.ports())
                        + " to the whole internet"));
            }
        }
        for (ContentMatch m : Matches.of(facts, "compose.db-port-published")) {
            if (Environments.tierOfPath(m.evidence().path()).filter(t -> t == Tier.PRODUCTION).isPresent()) {
                exposed.add(m.evidence().withNote("production compose file publishes a database port on every "
                        + "interface of the host"));
            }
        }
        if (!exposed.isEmpty()) {
            return Outcome.fail("a database can be reached from the public internet", exposed.stream().limit(6).toList());
        }
        if (!dbs.isEmpty()) {
            List<Evidence> placed = new ArrayList<>();
            List<Evidence> unplaced = new ArrayList<>();
            for (IacBlock db : dbs) {
                boolean isPlaced = iac.any(db, "tf.private-placement") || DatabaseResources.cfnAttribute(iac, db, "DBSubnetGroupName").isPresent();
                (isPlaced ? placed : unplaced).add(db.evidence(isPlaced
                        ? "not public; placed in a private network or subnet group"
                        : db.type().equals("google_sql_database_instance")
                        ? "no private network: the instance keeps a public IP (no address is authorised)"
                        : "not public, but no subnet group or private network: it lands in the default network"));
            }
            if (unplaced.isEmpty()) {
                return Outcome.pass("databases are private: no public address, no internet-wide rule on their ports",
                        placed.stream().limit(5).toList());
            }
            List<Evidence> evidence = new ArrayList<>(unplaced);
            evidence.addAll(placed);
            return Outcome.partial("no database is open to the internet, but some are not placed in private "
                    + "subnets", evidence.stream().limit(5).toList());
        }
        Optional<Evidence> supabase = Platforms.supabase(facts);
        if (supabase.isPresent()) {
            return Outcome.unknown("Supabase databases accept connections from any address (password-protected) "
                            + "unless Network Restrictions are set in the project settings; attest whether they are",
                    List.of(supabase.get().withNote("Supabase project: network restrictions are set outside the repository")));
        }
        Optional<Evidence> firebase = Platforms.firebase(facts);
        if (firebase.isPresent()) {
            return Outcome.unknown("Firebase databases are reached through Google's APIs, not a network port; their "
                    + "exposure is decided by security rules (judged under security)",
                    List.of(firebase.get().withNote("Firebase: access governed by security rules")));
        }
        return Outcome.unknown("no database described in IaC; attest that the production database is not reachable "
                + "from the internet");
    }

    private static String databasePorts(PortSpan ports) {
        if (ports.all()) {
            return "all ports (database ports included)";
        }
        return "database port " + DATABASE_PORTS.stream().filter(ports::covers).sorted().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
