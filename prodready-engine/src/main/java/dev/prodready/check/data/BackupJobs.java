package dev.prodready.check.data;

import dev.prodready.check.infrastructure.Matches;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Backup and restore commands (pg_dump, pg_restore, ...) and whether something runs them on a schedule:
 * a scheduled CI workflow, a Kubernetes CronJob, or a crontab.
 */
final class BackupJobs {

    static final String DUMP = "backup.dump-command";
    static final String RESTORE = "backup.restore-command";
    private static final Pattern CRON_JOB = Pattern.compile("kind:\\s*CronJob");

    private BackupJobs() {
    }

    static List<ContentMatch> scheduled(Facts facts, String patternId) {
        Set<String> scheduledFiles = scheduledFiles(facts);
        return Matches.of(facts, patternId).stream()
                .filter(m -> scheduledFiles.contains(m.evidence().path()) || isCrontab(m.evidence().path()))
                .toList();
    }

    static List<ContentMatch> unscheduled(Facts facts, String patternId) {
        List<ContentMatch> on = scheduled(facts, patternId);
        return Matches.of(facts, patternId).stream().filter(m -> !on.contains(m)).toList();
    }

    private static Set<String> scheduledFiles(Facts facts) {
        Set<String> files = Matches.of(facts, "ci.schedule").stream().map(m -> m.evidence().path())
                .collect(Collectors.toSet());
        Matches.of(facts, "k8s.kind").stream().filter(m -> CRON_JOB.matcher(m.text()).find())
                .forEach(m -> files.add(m.evidence().path()));
        return files;
    }

    private static boolean isCrontab(String path) {
        return path.endsWith("crontab") || path.endsWith(".cron");
    }
}
