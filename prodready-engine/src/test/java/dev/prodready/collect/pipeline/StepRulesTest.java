package dev.prodready.collect.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of pipelines/actions.yml proves itself on its own examples. */
class StepRulesTest {

    private static final StepRules RULES = StepRules.load();

    @Test
    void theRulesLoad() {
        assertThat(RULES.problem()).isEmpty();
        assertThat(RULES.rules()).hasSizeGreaterThan(30);
    }

    @Test
    void everyRuleMatchesItsExamplesAndNotItsCounterExamples() {
        List<String> failures = new ArrayList<>();
        for (StepRules.Rule r : RULES.rules()) {
            for (String example : r.match()) {
                if (!matches(r, example)) {
                    failures.add(r.kind().id() + "/" + r.tool() + " should match: " + example);
                }
            }
            for (String example : r.noMatch()) {
                if (matches(r, example)) {
                    failures.add(r.kind().id() + "/" + r.tool() + " should not match: " + example);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyCommandRuleHasAnExample() {
        assertThat(RULES.rules().stream().filter(r -> r.command() != null && r.match().isEmpty())
                .map(StepRules.Rule::tool)).isEmpty();
    }

    @Test
    void referencesLoseTheirVersions() {
        assertThat(StepRules.bare("actions/checkout@v4")).isEqualTo("actions/checkout");
        assertThat(StepRules.bare("AzureWebApp@1")).isEqualTo("AzureWebApp");
        assertThat(StepRules.bare("atlassian/aws-ecs-deploy:1.12.0")).isEqualTo("atlassian/aws-ecs-deploy");
        assertThat(StepRules.bare("Security/SAST.gitlab-ci.yml")).isEqualTo("Security/SAST.gitlab-ci.yml");
    }

    private static boolean matches(StepRules.Rule r, String example) {
        if (example.startsWith("uses: ")) {
            return r.matchesUses(example.substring("uses: ".length()), null);
        }
        return r.matchesCommand(example);
    }
}
