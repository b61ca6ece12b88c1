package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * net.private-database: databases sit in private subnets with no public address, no firewall rule letting the
 * internet reach their port, and no public load balancer in front of them.
 */
public final class PrivateDatabaseCheck implements Check {

    static final Set<Integer> DATABASE_PORTS = Set.of(5432, 3306, 1433, 1521, 27017, 6379, 5439, 9042, 26257, 11211, 9200);
    private static final Set<DbKind> NETWORKED = Set.of(DbKind.RDS, DbKind.CLOUD_SQL, DbKind.AZURE);
    private static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");
    static final Pattern DB_IMAGE = Pattern.compile("(^|/)(postgres|postgis|mysql|mariadb|mongo|redis|mssql|"
            + "mcr\\.microsoft\\.com/mssql|bitnami/(postgresql|mysql|mongodb|redis))[\\w-]*(:|$)");
    static final Set<String> INTERNAL_LB = Set.of("service.beta.kubernetes.io/aws-load-balancer-internal",
            "networking.gke.io/load-balancer-type", "cloud.google.com/load-balancer-type",
            "service.beta.kubernetes.io/azure-load-balancer-internal", "service.beta.kubernetes.io/aws-load-balancer-scheme");

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
        List<Evidence> unresolved = new ArrayList<>();
        for (IacBlock db : dbs) {
            Optional<IacValue> pub = db.attribute("publicly_accessible", "PubliclyAccessible");
            if (pub.isPresent() && pub.get() instanceof IacValue.Scalar s && s.bool().orElse(false)) {
                exposed.add(db.at(pub.get(), db.label() + " is publicly accessible: it gets an internet-facing address"));
            } else if (pub.isPresent() && pub.get() instanceof IacValue.Expression e) {
                unresolved.add(db.at(pub.get(), db.label() + ": publicly_accessible is set from " + e.expression()
                        + ", which this scan could not resolve"));
            }
            if (db.type().equals("google_sql_database_instance")) {
                for (IacBlock net : cloudSqlIp(db).stream().flatMap(ip -> ip.blocks("authorized_networks").stream()).toList()) {
                    net.value("value").filter(v -> WORLD.contains(v.text())).ifPresent(v -> exposed.add(
                            db.at(v, db.label() + " authorises 0.0.0.0/0: any address may connect")));
                }
            }
        }
        for (IacBlock rule : iac.resources(t -> t.endsWith("_firewall_rule") && t.startsWith("azurerm_"))) {
            rule.value("end_ip_address").filter(v -> v.text().equals("255.255.255.255")).ifPresent(v ->
                    exposed.add(rule.at(v, rule.label() + " admits every IPv4 address")));
        }
        for (IacBlock list : iac.resources(Set.of("mongodbatlas_project_ip_access_list"))) {
            list.value("cidr_block").filter(v -> WORLD.contains(v.text())).ifPresent(v ->
                    exposed.add(list.at(v, "Atlas access list open to 0.0.0.0/0")));
        }
        for (IngressRule rule : IngressRules.of(iac)) {
            if (rule.world() && !rule.ports().unresolved() && rule.ports().coversAny(DATABASE_PORTS)) {
                exposed.add(rule.evidence().withNote(rule.resource() + " opens " + databasePorts(rule.ports())
                        + " to the whole internet"));
            }
        }
        publicLoadBalancers(iac, exposed);
        composePublished(iac, exposed);
        renderDatabases(iac, exposed, new ArrayList<>());
        if (!exposed.isEmpty()) {
            return Outcome.fail("a database can be reached from the public internet", exposed.stream().limit(6).toList());
        }
        if (!unresolved.isEmpty()) {
            return Outcome.unknown("whether the database gets a public address depends on a value set outside the files"
                    + " read; check it for production", unresolved);
        }
        List<Evidence> placed = new ArrayList<>();
        List<Evidence> unplaced = new ArrayList<>();
        for (IacBlock db : dbs) {
            if (DatabaseResources.isReplica(db) && !db.has("db_subnet_group_name")) {
                continue;
            }
            placement(db, placed, unplaced);
        }
        renderDatabases(iac, new ArrayList<>(), unplaced).forEach(placed::add);
        if (!placed.isEmpty() || !unplaced.isEmpty()) {
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

    private static List<IacBlock> cloudSqlIp(IacBlock db) {
        return db.blocks("settings").stream().flatMap(s -> s.blocks("ip_configuration").stream()).toList();
    }

    private static void placement(IacBlock db, List<Evidence> placed, List<Evidence> unplaced) {
        String where = "";
        if (db.type().equals("google_sql_database_instance")) {
            List<IacBlock> ip = cloudSqlIp(db);
            boolean noPublicIp = ip.stream().anyMatch(b -> b.bool("ipv4_enabled").filter(v -> !v).isPresent());
            boolean privateNet = ip.stream().anyMatch(b -> b.has("private_network"));
            if (noPublicIp || privateNet) {
                placed.add(db.evidence(db.label() + ": " + (noPublicIp ? "no public IP" : "attached to a private network")));
            } else {
                unplaced.add(db.evidence(db.label() + ": no private network: the instance keeps a public IP "
                        + "(no address is authorised)"));
            }
            return;
        }
        for (String key : List.of("db_subnet_group_name", "Properties.DBSubnetGroupName", "delegated_subnet_id")) {
            if (db.has(key)) {
                where = key;
            }
        }
        if (!where.isEmpty()) {
            placed.add(db.at(where, db.label() + ": not public; placed in a private network or subnet group"));
        } else if (db.bool("public_network_access_enabled").filter(v -> !v).isPresent()) {
            placed.add(db.at("public_network_access_enabled", db.label() + ": public network access turned off"));
        } else {
            unplaced.add(db.evidence(db.label() + ": not public, but no subnet group or private network: it lands in "
                    + "the default network"));
        }
    }

    /** A Kubernetes LoadBalancer service on a database port, not marked internal. */
    private static void publicLoadBalancers(IacModel iac, List<Evidence> exposed) {
        for (IacBlock svc : iac.resources(Set.of("Service"))) {
            if (!svc.text("spec.type").equals("LoadBalancer")) {
                continue;
            }
            boolean internal = svc.value("metadata.annotations").filter(a -> a instanceof IacValue.Mapping)
                    .map(a -> ((IacValue.Mapping) a).entries().entrySet().stream().anyMatch(e -> INTERNAL_LB.contains(e.getKey())
                            && !e.getValue().text().equalsIgnoreCase("internet-facing")))
                    .orElse(false);
            if (internal) {
                continue;
            }
            for (IacValue.Mapping port : svc.body().path("spec").map(s -> ((IacValue.Mapping) s).mappings("ports"))
                    .orElse(List.of())) {
                Optional<Long> p = port.get("port").filter(v -> v instanceof IacValue.Scalar).flatMap(v -> ((IacValue.Scalar) v).number());
                if (p.isPresent() && DATABASE_PORTS.contains(p.get().intValue())) {
                    exposed.add(svc.at(port.get("port").get(), svc.label() + " is a public load balancer on database port "
                            + p.get()));
                }
            }
        }
    }

    /** A production compose file publishing a database container's port on every interface of the host. */
    private static void composePublished(IacModel iac, List<Evidence> exposed) {
        for (IacBlock svc : iac.blocks("compose", "service")) {
            if (Environments.tierOfPath(svc.path()).filter(t -> t == Tier.PRODUCTION).isEmpty()
                    || !DB_IMAGE.matcher(svc.text("image").toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            for (IacValue port : IacValue.items(svc.value("ports"))) {
                String p = port.text().replace("\"", "");
                if (!p.startsWith("127.0.0.1:") && !p.startsWith("localhost:") && p.contains(":")) {
                    exposed.add(svc.at(port, "production compose file publishes " + svc.name() + "'s port " + p
                            + " on every interface of the host"));
                }
            }
        }
    }

    /** Render databases: an allow list with 0.0.0.0/0 is public, an empty one private, none means open. */
    private static List<Evidence> renderDatabases(IacModel iac, List<Evidence> exposed, List<Evidence> unplaced) {
        List<Evidence> placed = new ArrayList<>();
        for (IacBlock db : iac.blocks("render", "database")) {
            Optional<IacValue> allow = db.value("ipAllowList");
            if (allow.isEmpty()) {
                unplaced.add(db.evidence("Render database " + db.name() + ": no ipAllowList, so it accepts external "
                        + "connections (with its password) from anywhere"));
                continue;
            }
            boolean world = IacValue.Mapping.mappingsOf(allow.get()).stream().anyMatch(m -> WORLD.contains(m.text("source")));
            if (world) {
                exposed.add(db.at(allow.get(), "Render database " + db.name() + " allows 0.0.0.0/0"));
            } else {
                placed.add(db.at(allow.get(), "Render database " + db.name() + ": external access limited by ipAllowList"));
            }
        }
        return placed;
    }

    private static String databasePorts(PortSpan ports) {
        if (ports.all()) {
            return "all ports (database ports included)";
        }
        return "database port " + DATABASE_PORTS.stream().filter(ports::covers).sorted().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
