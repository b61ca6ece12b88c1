package dev.prodready.collect.pipeline;

import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;

/**
 * One CI file read into the shape every platform shares: triggers, jobs, steps. Platform readers build it;
 * the collector turns it into facts. Lines are 1-based; a step may live in another file (a GitLab include, a
 * composite action), so it carries its own path.
 */
record Workflow(String platform, String path, List<Trigger> triggers, List<Job> jobs) {

    record Trigger(String event, List<String> filters, List<String> inputs, boolean implicit, int line) {
        static Trigger of(String event, int line) {
            return new Trigger(event, List.of(), List.of(), false, line);
        }
    }

    record Step(String path, String name, String uses, String run, int line, boolean ignoredFailure,
                String workingDirectory, IacValue.Mapping with) {
    }

    static final class Job {
        final String id;
        final int line;
        String path;
        String name = "";
        String environment = "";
        int environmentLine;
        /** Environments a matrix expands the job's environment into ("${{ matrix.env }}" over [staging, production]). */
        List<String> matrixEnvironments = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        boolean manual;
        boolean ignoredFailure;
        String workingDirectory = "";
        final List<Trigger> triggers = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();

        Job(String path, String id, int line) {
            this.path = path;
            this.id = id;
            this.line = line;
        }
    }
}
