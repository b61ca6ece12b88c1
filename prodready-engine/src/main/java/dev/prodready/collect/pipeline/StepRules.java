package dev.prodready.collect.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.IacValue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The rules of resources/pipelines/actions.yml: what a command line or a used action shows a step doing. */
final class StepRules {

    static final String RESOURCE = "pipelines/actions.yml";

    record Rule(ActionKind kind, String tool, Pattern command, Pattern uses, Pattern unless, String input,
                Pattern inputValue, List<String> match, List<String> noMatch) {

        boolean matchesCommand(String line) {
            return command != null && command.matcher(line).find() && (unless == null || !unless.matcher(line).find());
        }

        boolean matchesUses(String reference, IacValue.Mapping with) {
            if (uses == null) {
                return false;
            }
            String ref = bare(reference);
            if (!uses.matcher(ref).find() || (unless != null && unless.matcher(ref).find())) {
                return false;
            }
            if (input.isEmpty()) {
                return true;
            }
            Optional<IacValue> given = with == null ? Optional.empty() : with.get(input);
            return given.isPresent() && (inputValue == null || inputValue.matcher(given.get().text()).matches());
        }
    }

    private final List<Rule> rules;
    private final String problem;

    private StepRules(List<Rule> rules, String problem) {
        this.rules = List.copyOf(rules);
        this.problem = problem;
    }

    /**
     * A reference without its version: "actions/checkout@v4" -> "actions/checkout", "AzureWebApp@1" ->
     * "AzureWebApp", "atlassian/aws-ecs-deploy:1.12.0" -> "atlassian/aws-ecs-deploy".
     */
    static String bare(String reference) {
        String r = reference.strip();
        int at = r.indexOf('@');
        if (at > 0) {
            r = r.substring(0, at);
        }
        return r.replaceFirst(":[\\w.-]+$", "");
    }

    List<Rule> rules() {
        return rules;
    }

    /** Why the rules could not be loaded, or "". */
    String problem() {
        return problem;
    }

    static StepRules load() {
        try (InputStream in = StepRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new StepRules(List.of(), "the pipeline step rules (" + RESOURCE + ") are missing");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Rule> out = new ArrayList<>();
            for (JsonNode r : root.path("rules")) {
                Optional<ActionKind> kind = ActionKind.fromId(r.path("kind").asText());
                if (kind.isEmpty()) {
                    return new StepRules(List.of(), "unknown kind '" + r.path("kind").asText() + "' in " + RESOURCE);
                }
                String input = r.path("input").asText("");
                Pattern inputValue = null;
                if (input.contains("=")) {
                    inputValue = Pattern.compile(input.substring(input.indexOf('=') + 1));
                    input = input.substring(0, input.indexOf('='));
                }
                out.add(new Rule(kind.get(), r.path("tool").asText(), compile(r.path("command")), compile(r.path("uses")),
                        compile(r.path("unless")), input, inputValue, strings(r.path("examples").path("match")),
                        strings(r.path("examples").path("noMatch"))));
            }
            return new StepRules(out, "");
        } catch (IOException | PatternSyntaxException e) {
            return new StepRules(List.of(), RESOURCE + " could not be read: " + e.getMessage());
        }
    }

    private static Pattern compile(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isEmpty() ? null : Pattern.compile(node.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
