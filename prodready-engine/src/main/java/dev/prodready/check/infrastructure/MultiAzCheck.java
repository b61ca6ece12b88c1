package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ha.multi-az: the database and the compute that serves traffic survive the loss of one availability zone:
 * RDS Multi-AZ, Aurora with a second instance, Cloud SQL REGIONAL, Azure zone-redundant HA; auto scaling groups,
 * ECS services and Kubernetes workloads spread over zones. Serverless and managed services that span zones by
 * design count as spread.
 */
public final class MultiAzCheck implements Check {

    private static final Set<String> CLUSTER_MEMBERS = Set.of("aws_rds_cluster_instance", "aws_docdb_cluster_instance",
            "aws_neptune_cluster_instance");
    private static final Set<String> SERVERLESS = Set.of("aws_lambda_function", "AWS::Lambda::Function",
            "AWS::Serverless::Function", "aws_apprunner_service", "google_cloud_run_service", "google_cloud_run_v2_service");
    private static final String ZONE_KEY = "topology.kubernetes.io/zone";

    /** One database's or workload's placement. */
    private enum State { SPREAD, LOOSE, SINGLE, UNRESOLVED }

    private record Placement(State state, Evidence evidence) {
    }

    @Override
    public String itemId() {
        return "ha.multi-az";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        IacModel iac = IacModel.of(context.facts());
        List<Placement> all = new ArrayList<>();
        for (IacBlock db : DatabaseResources.all(iac)) {
            if (!DatabaseResources.isReplica(db)) {
                database(iac, db).ifPresent(all::add);
            }
        }
        compute(iac, all);
        // Staging and development copies may run in one zone on purpose; production is what is judged.
        all.removeIf(p -> Environments.tierOfPath(p.evidence().path()).filter(t -> t == Tier.NON_PRODUCTION).isPresent());
        if (all.isEmpty()) {
            return Outcome.unknown("no database or compute described in IaC; attest whether production runs in more than "
                    + "one availability zone");
        }
        List<Evidence> single = of(all, State.SINGLE);
        List<Evidence> spread = of(all, State.SPREAD);
        List<Evidence> loose = of(all, State.LOOSE);
        List<Evidence> unresolved = of(all, State.UNRESOLVED);
        if (!single.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(single);
            evidence.addAll(spread);
            evidence.addAll(loose);
            if (spread.isEmpty() && loose.isEmpty()) {
                return Outcome.fail("production runs in one availability zone: losing it takes the app down",
                        evidence.stream().limit(6).toList());
            }
            return Outcome.partial("some parts span availability zones, others run in a single zone",
                    evidence.stream().limit(6).toList());
        }
        if (!unresolved.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(unresolved);
            evidence.addAll(spread);
            return Outcome.unknown("zone placement of some resources comes from values this scan cannot read",
                    evidence.stream().limit(6).toList());
        }
        if (!loose.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(loose);
            evidence.addAll(spread);
            return Outcome.partial("replicas run, but nothing keeps them in different zones",
                    evidence.stream().limit(6).toList());
        }
        return Outcome.pass("databases and compute span more than one availability zone", spread.stream().limit(6).toList());
    }

    private static List<Evidence> of(List<Placement> all, State state) {
        return all.stream().filter(p -> p.state() == state).map(Placement::evidence).toList();
    }

    // ---------------------------------------------------------------- databases

    private static Optional<Placement> database(IacModel iac, IacBlock db) {
        DbKind kind = DatabaseResources.kind(db.type()).orElseThrow();
        return switch (kind) {
            case RDS -> Optional.of(db.type().equals("aws_db_instance") || db.type().equals("AWS::RDS::DBInstance")
                    ? rdsInstance(db) : cluster(iac, db));
            case CLOUD_SQL -> Optional.of(cloudSql(db));
            case AZURE -> Optional.of(azure(db));
            case DYNAMODB, FIRESTORE, ATLAS -> Optional.of(new Placement(State.SPREAD, db.evidence(db.label()
                    + ": the service replicates across zones by design")));
        };
    }

    private static Placement rdsInstance(IacBlock db) {
        Optional<IacValue> flag = db.attribute("multi_az", "MultiAZ");
        if (flag.isPresent() && flag.get() instanceof IacValue.Expression e) {
            return new Placement(State.UNRESOLVED, db.at(flag.get(), db.label() + ": multi_az set from " + e.expression()));
        }
        if (flag.isPresent() && flag.get() instanceof IacValue.Scalar s && s.bool().orElse(false)) {
            return new Placement(State.SPREAD, db.at(flag.get(), db.label() + ": Multi-AZ standby in a second zone"));
        }
        return new Placement(State.SINGLE, flag.map(v -> db.at(v, db.label() + ": Multi-AZ turned off"))
                .orElse(db.evidence(db.label() + ": Multi-AZ not set (off by default): one instance in one zone")));
    }

    /** Aurora, DocumentDB and Neptune: a second instance in the cluster is the standby that takes over. */
    private static Placement cluster(IacModel iac, IacBlock cluster) {
        List<IacBlock> members = new ArrayList<>();
        boolean unresolvedCount = false;
        String ref = cluster.isCloudFormation() ? cluster.name() : cluster.type() + "." + cluster.name();
        for (IacBlock m : iac.resources(t -> CLUSTER_MEMBERS.contains(t) || t.equals("AWS::RDS::DBInstance"))) {
            Optional<IacValue> id = m.isCloudFormation() ? m.value("Properties.DBClusterIdentifier")
                    : m.value("cluster_identifier");
            if (id.isEmpty() || !mentions(id.get(), ref, cluster.name())) {
                continue;
            }
            members.add(m);
            unresolvedCount |= m.computed("count") && !m.has("for_each");
        }
        int instances = members.stream().mapToInt(m -> m.number("count").map(Long::intValue).orElse(1)).sum();
        if (cluster.text("engine_mode").equals("serverless")) {
            return new Placement(State.SPREAD, cluster.at("engine_mode", cluster.label()
                    + ": Aurora Serverless moves the cluster to another zone when one fails"));
        }
        if (members.isEmpty()) {
            return new Placement(State.UNRESOLVED, cluster.evidence(cluster.label()
                    + ": no cluster instances found in the files read"));
        }
        if (unresolvedCount) {
            return new Placement(State.UNRESOLVED, members.get(0).at("count", cluster.label()
                    + ": the number of instances comes from an expression"));
        }
        if (instances >= 2) {
            return new Placement(State.SPREAD, members.get(members.size() - 1).evidence(cluster.label() + ": "
                    + instances + " instances; a reader in another zone is promoted on failure"));
        }
        return new Placement(State.SINGLE, members.get(0).evidence(cluster.label()
                + ": a single instance; the data survives a zone outage but the database stops until one is rebuilt"));
    }

    private static boolean mentions(IacValue id, String ref, String name) {
        String text = id instanceof IacValue.Expression e ? e.expression() : id.text();
        return text.contains(ref) || text.equals(name) || text.endsWith(" " + name) || text.contains(ref + ".");
    }

    private static Placement cloudSql(IacBlock db) {
        Optional<IacValue> type = db.value("settings.availability_type");
        if (type.isPresent() && type.get() instanceof IacValue.Expression e) {
            return new Placement(State.UNRESOLVED, db.at(type.get(), db.label() + ": availability_type set from "
                    + e.expression()));
        }
        if (type.filter(v -> v.text().equalsIgnoreCase("REGIONAL")).isPresent()) {
            return new Placement(State.SPREAD, db.at(type.get(), db.label() + ": REGIONAL: a standby in a second zone"));
        }
        return new Placement(State.SINGLE, type.map(v -> db.at(v, db.label() + ": availability_type " + v.text()))
                .orElse(db.evidence(db.label() + ": availability_type not set (ZONAL by default)")));
    }

    private static Placement azure(IacBlock db) {
        Optional<IacValue> mode = db.value("high_availability.mode");
        if (mode.isPresent() && mode.get() instanceof IacValue.Expression e) {
            return new Placement(State.UNRESOLVED, db.at(mode.get(), db.label() + ": high availability set from "
                    + e.expression()));
        }
        if (mode.filter(v -> v.text().equalsIgnoreCase("ZoneRedundant")).isPresent()) {
            return new Placement(State.SPREAD, db.at(mode.get(), db.label() + ": zone-redundant high availability"));
        }
        return new Placement(State.SINGLE, mode.map(v -> db.at(v, db.label() + ": high availability in the same zone"))
                .orElse(db.evidence(db.label() + ": no zone-redundant high availability")));
    }

    // ---------------------------------------------------------------- compute

    private static void compute(IacModel iac, List<Placement> out) {
        for (IacBlock asg : iac.resources(Set.of("aws_autoscaling_group", "AWS::AutoScaling::AutoScalingGroup"))) {
            Optional<IacValue> zones = asg.attribute("availability_zones", "AvailabilityZones");
            Optional<IacValue> subnets = asg.attribute("vpc_zone_identifier", "VPCZoneIdentifier");
            out.add(spread(iac, asg, zones.isPresent() ? zones : subnets, "subnets"));
        }
        for (IacBlock svc : iac.resources(Set.of("aws_ecs_service", "AWS::ECS::Service"))) {
            if (svc.number("desired_count").or(() -> svc.number("Properties.DesiredCount")).filter(n -> n == 1).isPresent()) {
                out.add(new Placement(State.SINGLE, svc.at(svc.isCloudFormation() ? "Properties.DesiredCount"
                        : "desired_count", svc.label() + ": one task, so one zone")));
                continue;
            }
            Optional<IacValue> subnets = svc.isCloudFormation()
                    ? svc.value("Properties.NetworkConfiguration.AwsvpcConfiguration.Subnets")
                    .or(() -> svc.value("Properties.VPCZoneIdentifier"))
                    : svc.value("network_configuration.subnets");
            if (subnets.isPresent()) {
                out.add(spread(iac, svc, subnets, "subnets"));
            }
        }
        for (IacBlock mig : iac.resources(Set.of("google_compute_region_instance_group_manager"))) {
            out.add(new Placement(State.SPREAD, mig.evidence(mig.label() + ": regional group spreads instances over zones")));
        }
        for (IacBlock mig : iac.resources(Set.of("google_compute_instance_group_manager"))) {
            out.add(new Placement(State.SINGLE, mig.evidence(mig.label() + ": zonal instance group: one zone")));
        }
        for (IacBlock fn : iac.resources(SERVERLESS)) {
            out.add(new Placement(State.SPREAD, fn.evidence(fn.label() + ": the platform runs it across zones")));
            break;
        }
        kubernetes(iac, out);
    }

    /** Compute placed by a list of subnets or zones: two or more spread; one is a single zone. */
    private static Placement spread(IacModel iac, IacBlock r, Optional<IacValue> where, String what) {
        if (where.isEmpty()) {
            return new Placement(State.UNRESOLVED, r.evidence(r.label() + ": no " + what + " given"));
        }
        IacValue v = where.get();
        if (r.format().equals("cdk") && v instanceof IacValue.Expression) {
            return cdkPlacement(iac, r, v);
        }
        if (v instanceof IacValue.Sequence s) {
            boolean computedItem = s.items().stream().anyMatch(i -> i instanceof IacValue.Expression e
                    && (e.expression().contains("[*]") || e.expression().contains("*.")));
            if (s.items().size() >= 2 || computedItem) {
                return new Placement(State.SPREAD, r.at(v, r.label() + ": " + (computedItem ? "a list of " : s.items().size()
                        + " ") + what + " across zones"));
            }
            if (s.items().size() == 1 && !(s.items().get(0) instanceof IacValue.Expression e
                    && e.expression().matches(".*(subnets|subnet_ids|ids)\\b.*"))) {
                return new Placement(State.SINGLE, r.at(v, r.label() + ": a single subnet, so a single zone"));
            }
        }
        String text = v instanceof IacValue.Expression e ? e.expression() : v.text();
        java.util.regex.Matcher counted = java.util.regex.Pattern.compile("aws_subnet\\.([\\w-]+)\\[\\*]").matcher(text);
        if (counted.find()) {
            String name = counted.group(1);
            Optional<Long> count = iac.resources(Set.of("aws_subnet")).stream().filter(s -> s.name().equals(name))
                    .findFirst().flatMap(s -> s.number("count"));
            if (count.filter(n -> n == 1).isPresent()) {
                return new Placement(State.SINGLE, r.at(v, r.label() + ": aws_subnet." + name + " has a single subnet"));
            }
            if (count.isPresent()) {
                return new Placement(State.SPREAD, r.at(v, r.label() + ": " + count.get() + " subnets (aws_subnet."
                        + name + ") across zones"));
            }
        }
        if (text.contains("[*]") || text.matches(".*(private_subnets|public_subnets|subnet_ids)\\b.*")) {
            return new Placement(State.SPREAD, r.at(v, r.label() + ": placed in a list of subnets (" + text + ")"));
        }
        return new Placement(State.UNRESOLVED, r.at(v, r.label() + ": " + what + " come from " + text));
    }

    /**
     * CDK places a group or service in the selected subnets of every zone of its VPC, and a VPC spans up to three
     * zones by default (two in an environment-agnostic stack); a VPC limited to one zone or a selection naming one
     * zone keeps it there.
     */
    private static Placement cdkPlacement(IacModel iac, IacBlock r, IacValue selection) {
        String text = ((IacValue.Expression) selection).expression();
        if (text.matches(".*availabilityZones\\W+'[^']*'\\s*]\\s*.*") || text.contains("onePerAz: false")) {
            return new Placement(State.SINGLE, r.at(selection, r.label() + ": subnets of one availability zone"));
        }
        for (IacBlock vpc : iac.resources(Set.of("AWS::EC2::VPC"))) {
            if (vpc.number("Properties.MaxAzs").filter(n -> n < 2).isPresent()) {
                return new Placement(State.SINGLE, vpc.at("Properties.MaxAzs", vpc.label()
                        + ": maxAzs 1, so everything in it runs in one zone"));
            }
        }
        return new Placement(State.SPREAD, r.at(selection, r.label()
                + ": CDK spreads it over the VPC's zones (a VPC spans two or more by default)"));
    }

    /** Workloads: two or more replicas with a zone spread constraint or anti-affinity; one replica is one zone. */
    private static void kubernetes(IacModel iac, List<Placement> out) {
        List<IacBlock> hpas = iac.resources(Set.of("HorizontalPodAutoscaler"));
        for (IacBlock d : iac.resources(Set.of("Deployment", "StatefulSet"))) {
            long replicas = d.number("spec.replicas").orElse(1L);
            for (IacBlock hpa : hpas) {
                if (hpa.text("spec.scaleTargetRef.name").equals(d.text("metadata.name"))) {
                    replicas = Math.max(replicas, hpa.number("spec.minReplicas").orElse(1L));
                }
            }
            if (d.computed("spec.replicas")) {
                out.add(new Placement(State.UNRESOLVED, d.at("spec.replicas", d.label() + ": replicas from a template")));
                continue;
            }
            Optional<IacValue> zoneRule = d.value("spec.template.spec").flatMap(spec -> new IacBlock(d.format(), d.path(),
                    spec.line(), "spec", d.label(), spec instanceof IacValue.Mapping m ? m : IacValue.Mapping.empty(spec.line()))
                    .find(v -> v instanceof IacValue.Scalar s && s.text().equals(ZONE_KEY)));
            if (replicas < 2) {
                out.add(new Placement(State.SINGLE, d.at("spec.replicas", d.label() + ": " + replicas
                        + " replica, so one zone")));
            } else if (zoneRule.isPresent()) {
                out.add(new Placement(State.SPREAD, d.at(zoneRule.get(), d.label() + ": " + replicas
                        + " replicas spread over zones (" + ZONE_KEY + ")")));
            } else {
                out.add(new Placement(State.LOOSE, d.at("spec.replicas", d.label() + ": " + replicas
                        + " replicas but nothing keeps them out of the same zone (no topologySpreadConstraints or "
                        + "anti-affinity on " + ZONE_KEY + ")")));
            }
        }
    }
}
