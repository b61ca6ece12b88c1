package dev.prodready.fact;

/**
 * One step of a pipeline job: an action or orb it uses ({@code uses}, e.g. "actions/checkout@v4") or the
 * commands it runs ({@code run}, the script as written). Either may be "".
 */
public record PipelineStep(String platform, String file, String job, String name, String uses, String run,
                           Evidence evidence) implements Fact {
}
