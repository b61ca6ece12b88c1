package dev.prodready.fact;

/**
 * A CI/CD configuration file that was read. {@code platform} is github-actions, gitlab, circleci, bitbucket, azure
 * or jenkins; {@code problem} says why it was only partly read ("" when it parsed).
 */
public record PipelineFile(String platform, String path, int jobs, String problem, Evidence evidence) implements Fact {

    public boolean parsed() {
        return problem.isEmpty();
    }
}
