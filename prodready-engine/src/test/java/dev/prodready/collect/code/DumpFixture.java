package dev.prodready.collect.code;

import dev.prodready.fact.CodeObservation;
import dev.prodready.fact.Finding;

import java.nio.file.Path;

/**
 * Prints what the code collector finds under a folder, for looking at real code by hand:
 * ./mvnw -q -o -pl prodready-engine test -Dtest=DumpFixture -Ddump=/path/to/app [-Ddump.all=true]
 */
class DumpFixture {
    @org.junit.jupiter.api.Test
    void dump() {
        String dir = System.getProperty("dump");
        if (dir == null) {
            return;
        }
        CodeScan scan = CodeScan.of(Path.of(dir));
        boolean all = Boolean.getBoolean("dump.all");
        scan.facts().forEach(f -> {
            if (f instanceof Finding finding) {
                System.out.println("FINDING " + finding.ruleId() + " " + finding.evidence().location() + " " + finding.message());
            } else if (all && f instanceof CodeObservation o) {
                System.out.println("FACT " + o.ruleId() + " " + o.evidence().location() + " " + o.evidence().note());
            }
        });
        scan.notes().forEach(n -> System.out.println("NOTE " + n.path() + ": " + n.message()));
    }
}
