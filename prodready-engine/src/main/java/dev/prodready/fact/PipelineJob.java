package dev.prodready.fact;

import java.util.List;

/**
 * One job (GitLab/GitHub/CircleCI job, Bitbucket step, Azure job or deployment job) of a pipeline file.
 *
 * @param environment the deployment environment it targets ("production", "staging"), or ""
 * @param environmentLine the line that names the environment, 0 when there is none
 * @param needs       the jobs it waits for
 * @param manual      it runs only when a person starts or approves it (when: manual, trigger: manual, an
 *                    approval job before it)
 */
public record PipelineJob(String platform, String file, String id, String name, String environment,
                          int environmentLine, List<String> needs, boolean manual, Evidence evidence) implements Fact {

    public PipelineJob {
        needs = List.copyOf(needs);
    }

    /** Where the job names its environment, or the job itself. */
    public Evidence environmentEvidence(String note) {
        return environmentLine > 0 ? Evidence.at(evidence.path(), environmentLine, note) : evidence.withNote(note);
    }
}
