package dev.prodready.report;

import dev.prodready.catalogue.RedFlag;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Raises a red flag when an item behind it failed, citing that item's evidence. */
public final class RedFlags {

    private RedFlags() {
    }

    public static List<RedFlagResult> evaluate(List<RedFlag> flags, Map<String, ItemResult> byId) {
        List<RedFlagResult> out = new ArrayList<>();
        for (RedFlag flag : flags) {
            List<String> failed = new ArrayList<>();
            List<Evidence> evidence = new ArrayList<>();
            boolean undecided = false;
            for (String id : flag.raisedBy()) {
                ItemResult r = byId.get(id);
                if (r == null) {
                    continue;
                }
                if (r.status() == Status.FAIL) {
                    failed.add(id);
                    evidence.addAll(r.outcome().evidence());
                } else if (r.status() == Status.UNKNOWN) {
                    undecided = true;
                }
            }
            boolean raised = !failed.isEmpty();
            out.add(new RedFlagResult(flag, raised, !raised && undecided, raised ? failed : flag.raisedBy(),
                    evidence.stream().limit(10).toList()));
        }
        return out;
    }
}
