package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.infrastructure.DatabaseResources;
import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * db.read-replicas: read-heavy, high-traffic apps spread reads over replicas. Whether traffic calls for them
 * is not visible in a repository, so absence stays unknown rather than failing.
 */
public final class ReadReplicasCheck implements Check {

    @Override
    public String itemId() {
        return "db.read-replicas";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        IacModel iac = IacModel.of(context.facts());
        List<Evidence> replicas = new ArrayList<>();
        for (IacBlock db : DatabaseResources.all(iac)) {
            if (DatabaseResources.isReplica(db)) {
                replicas.add(db.evidence(db.label() + ": read replica"));
            }
        }
        List<IacBlock> members = new ArrayList<>(iac.resources(Set.of("aws_rds_cluster_instance")));
        iac.resources(Set.of("AWS::RDS::DBInstance")).stream().filter(DatabaseResources::isClusterMember).forEach(members::add);
        int instances = members.stream().mapToInt(b -> b.number("count").map(Long::intValue).orElse(1)).sum();
        if (instances >= 2) {
            replicas.add(members.get(0).evidence("Aurora cluster with " + instances + " instances: readers take reads"));
        }
        if (!replicas.isEmpty()) {
            return Outcome.pass("read replicas are defined", replicas.stream().limit(5).toList());
        }
        List<IacBlock> dbs = DatabaseResources.all(iac);
        return Outcome.unknown("no read replica defined; whether traffic needs one is not visible here, so attest "
                + "either the need or its absence", dbs.stream().limit(3).map(b -> b.evidence(b.label()
                + ": single instance, no replica")).toList());
    }
}
