package dev.prodready.fact;

/**
 * A step of a pipeline job recognised as doing {@code kind} (running tests, deploying, scanning for secrets...),
 * with the line of the command or action that shows it. {@code tool} names what was recognised ("pytest",
 * "vercel deploy --prod", "github/codeql-action"). {@code ignoredFailure} marks a step whose failure does not
 * fail the job (continue-on-error, allow_failure, "|| true").
 */
public record PipelineAction(ActionKind kind, String tool, String platform, String file, String job,
                             boolean ignoredFailure, Evidence evidence) implements Fact {
}
