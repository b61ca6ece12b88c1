package dev.prodready.check.data;

import dev.prodready.check.infrastructure.IacBlock;
import dev.prodready.check.infrastructure.IacModel;
import dev.prodready.check.infrastructure.Matches;
import dev.prodready.check.infrastructure.Pipelines;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineTrigger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Backup and restore commands (pg_dump, pg_restore, ...) and whether something runs them on a schedule:
 * a scheduled pipeline job, a Kubernetes CronJob, or a crontab.
 */
final class BackupJobs {

    static final String DUMP = "backup.dump-command";
    static final String RESTORE = "backup.restore-command";
    private static final Pattern DUMP_COMMAND = Pattern.compile(
            "\\b(pg_dump|pg_dumpall|mysqldump|mariadb-dump|mongodump|pg_basebackup|pgbackrest)\\b|\\bsupabase\\s+db\\s+dump\\b");
    private static final Pattern RESTORE_COMMAND = Pattern.compile("\\b(pg_restore|mongorestore)\\b");

    private BackupJobs() {
    }

    static List<Evidence> scheduled(Facts facts, String patternId) {
        List<Evidence> out = new ArrayList<>();
        Pipelines pipelines = Pipelines.of(facts);
        if (patternId.equals(DUMP)) {
            for (PipelineAction a : pipelines.actions(ActionKind.BACKUP)) {
                if (pipelines.onSchedule(a)) {
                    out.add(a.evidence().withNote("scheduled backup dump in job " + a.job()));
                }
            }
        }
        Pattern command = patternId.equals(DUMP) ? DUMP_COMMAND : RESTORE_COMMAND;
        Set<String> cronJobFiles = new HashSet<>();
        for (IacBlock job : IacModel.of(facts).resources(Set.of("CronJob"))) {
            cronJobFiles.add(job.path());
            if (job.strings().stream().anyMatch(s -> command.matcher(s).find())) {
                out.add(job.evidence(job.label() + (patternId.equals(DUMP) ? ": scheduled backup dump"
                        : ": scheduled restore drill")));
            }
        }
        Set<String> scheduledCi = new HashSet<>();
        facts.all(PipelineTrigger.class, t -> t.event().equals("schedule")).forEach(t -> scheduledCi.add(t.file()));
        Matches.of(facts, "ci.schedule").forEach(m -> scheduledCi.add(m.evidence().path()));
        for (ContentMatch m : Matches.of(facts, patternId)) {
            String path = m.evidence().path();
            boolean ci = pipelines.files().stream().anyMatch(f -> f.path().equals(path));
            if (isCrontab(path) || (!ci && scheduledCi.contains(path))
                    || (ci && patternId.equals(RESTORE) && scheduledCi.contains(path))) {
                out.add(m.evidence().withNote(patternId.equals(DUMP) ? "scheduled backup dump" : "scheduled restore drill"));
            }
        }
        return distinct(out);
    }

    static List<Evidence> unscheduled(Facts facts, String patternId) {
        List<Evidence> on = scheduled(facts, patternId);
        Set<String> cronJobFiles = new HashSet<>();
        IacModel.of(facts).resources(Set.of("CronJob")).forEach(j -> cronJobFiles.add(j.path()));
        Pipelines pipelines = Pipelines.of(facts);
        List<Evidence> out = new ArrayList<>();
        for (ContentMatch m : Matches.of(facts, patternId)) {
            String path = m.evidence().path();
            boolean covered = on.stream().anyMatch(e -> path.equals(e.path()))
                    || cronJobFiles.contains(path);
            if (!covered) {
                out.add(m.evidence().withNote(patternId.equals(DUMP) ? "backup dump run by hand"
                        : "restore command, no record of a run"));
            }
        }
        if (patternId.equals(DUMP)) {
            for (PipelineAction a : pipelines.actions(ActionKind.BACKUP)) {
                if (!pipelines.onSchedule(a)) {
                    out.add(a.evidence().withNote("backup dump in a pipeline job started by hand or on changes"));
                }
            }
        }
        return distinct(out);
    }

    private static List<Evidence> distinct(List<Evidence> evidence) {
        Set<String> seen = new HashSet<>();
        return evidence.stream().filter(e -> seen.add(e.location())).toList();
    }

    private static boolean isCrontab(String path) {
        return path.endsWith("crontab") || path.endsWith(".cron");
    }
}
