package dev.prodready.fact;

import java.util.List;

/**
 * What starts a pipeline file (or, where the platform decides per job, a job): {@code event} is one of
 * push, pull-request, tag, schedule, manual, release, call or other. {@code filters} are the branches, tags
 * or cron expressions it is limited to; {@code inputs} the names of the values a person supplies when starting
 * it by hand (a version or ref input makes a redeploy of an earlier release possible). {@code implicit} marks
 * a platform default (GitLab and CircleCI build every push unless told otherwise) rather than a written trigger.
 */
public record PipelineTrigger(String platform, String file, String job, String event, List<String> filters,
                              List<String> inputs, boolean implicit, Evidence evidence) implements Fact {

    public PipelineTrigger {
        filters = List.copyOf(filters);
        inputs = List.copyOf(inputs);
    }

    /** Runs on changes to the code: pushes, pull/merge requests or tags. */
    public boolean onChange() {
        return event.equals("push") || event.equals("pull-request") || event.equals("tag");
    }
}
