package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_LOG_GROUP;
import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_RETENTION_SETTING;

/**
 * logging.retention: a retention setting or a stated policy. Log groups are matched line by line, so a file
 * with more log groups than retention settings has at least one group that keeps its logs forever.
 */
public final class LogRetentionCheck implements Check {

    @Override
    public String itemId() {
        return "logging.retention";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues settings = Clues.matches(facts, "log retention set", LOGGING_RETENTION_SETTING);
        Clues stated = Clues.documents(facts, DocKind.LOG_RETENTION);
        Clues groups = Clues.matches(facts, "log group", LOGGING_LOG_GROUP);
        Map<String, Long> groupsPerFile = count(groups);
        Map<String, Long> settingsPerFile = count(settings);
        List<Evidence> unset = groups.evidence().stream()
                .filter(g -> groupsPerFile.get(g.path()) > settingsPerFile.getOrDefault(g.path(), 0L))
                .map(g -> g.withNote("log group in a file with fewer retention settings than log groups"))
                .toList();
        Clues lacking = new Clues(unset);
        Clues retention = settings.and(stated);
        if (retention.found() && lacking.found()) {
            return lacking.and(retention).partial("retention is set, but some log groups have none and are kept forever");
        }
        if (retention.found()) {
            return retention.pass("log retention is defined");
        }
        if (groups.found()) {
            return groups.fail("log groups are created without a retention period, so their logs are kept forever");
        }
        return Outcome.fail("no retention setting in infrastructure code and no document stating log retention",
                Searched.documents(facts, "log retention"));
    }

    private static Map<String, Long> count(Clues clues) {
        return clues.evidence().stream().collect(Collectors.groupingBy(Evidence::path, Collectors.counting()));
    }
}
