package dev.prodready.check.monitoring;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_LOG_GROUP;
import static dev.prodready.check.monitoring.MonitoringPatterns.LOGGING_RETENTION_SETTING;

/**
 * logging.retention: a retention setting or a stated policy. Parsed log groups are judged one by one (no
 * retention_in_days, or 0, keeps logs forever); files no parser read are judged by line, where a file with more
 * log groups than retention settings has at least one group that keeps its logs forever.
 */
public final class LogRetentionCheck implements Check {

    @Override
    public String itemId() {
        return "logging.retention";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Set<String> parsedFiles = facts.all(IacFile.class, IacFile::parsed).stream().map(IacFile::path)
                .collect(Collectors.toSet());
        List<Evidence> forever = new ArrayList<>();
        List<Evidence> unresolved = new ArrayList<>();
        List<Evidence> set = new ArrayList<>();
        for (ParsedClues.LogGroup g : ParsedClues.logGroups(facts)) {
            IacBlock b = g.block();
            if (g.unresolved()) {
                unresolved.add(b.at(g.retention().get(), b.label() + ": retention set from an expression this scan "
                        + "could not resolve"));
            } else if (g.forever()) {
                forever.add(g.retention().map(v -> b.at(v, b.label() + ": retention 0 keeps logs forever"))
                        .orElse(b.evidence(b.label() + ": no retention_in_days, so its logs are kept forever")));
            } else {
                set.add(b.at(g.retention().get(), b.label() + ": logs kept " + g.retention().get().text() + " days"));
            }
        }
        for (IacBlock s : IacModel.of(facts).blocks("serverless", "config")) {
            if (s.value("provider.logRetentionInDays").isEmpty()) {
                forever.add(s.evidence("serverless functions log to CloudWatch with no logRetentionInDays: kept forever"));
            }
        }
        Clues settings = new Clues(set).and(ParsedClues.otherRetention(facts))
                .and(Clues.matches(facts, "log retention set", LOGGING_RETENTION_SETTING)
                        .where(e -> !parsedFiles.contains(e.path())));
        Clues stated = Clues.documents(facts, DocKind.LOG_RETENTION);
        Clues groups = Clues.matches(facts, "log group", LOGGING_LOG_GROUP).where(e -> !parsedFiles.contains(e.path()));
        Map<String, Long> groupsPerFile = count(groups);
        Map<String, Long> settingsPerFile = count(settings);
        groups.evidence().stream()
                .filter(g -> groupsPerFile.get(g.path()) > settingsPerFile.getOrDefault(g.path(), 0L))
                .forEach(g -> forever.add(g.withNote("log group in a file with fewer retention settings than log groups")));
        Clues lacking = new Clues(forever);
        Clues retention = settings.and(stated);
        if (retention.found() && lacking.found()) {
            return lacking.and(retention).partial("retention is set, but some log groups have none and are kept forever");
        }
        if (lacking.found()) {
            return lacking.fail("log groups are created without a retention period, so their logs are kept forever");
        }
        if (!unresolved.isEmpty()) {
            return new Clues(unresolved).and(retention).unknown("log retention is set from values this scan could not "
                    + "resolve; check them for production");
        }
        if (retention.found()) {
            return retention.pass("log retention is defined");
        }
        Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "a log retention policy");
        if (foreign.isPresent()) {
            return foreign.get();
        }
        return Outcome.fail("no retention setting in infrastructure code and no document stating log retention",
                Searched.documents(facts, "log retention"));
    }

    private static Map<String, Long> count(Clues clues) {
        return clues.evidence().stream().collect(Collectors.groupingBy(Evidence::path, Collectors.counting()));
    }
}
