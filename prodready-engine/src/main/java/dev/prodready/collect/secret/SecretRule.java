package dev.prodready.collect.secret;

import dev.prodready.catalogue.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One secret-detection rule, loaded from {@code secrets/rules.yml}. The regex marks the secret with a
 * group named {@code secret} (else group 1); everything else on the match is context.
 *
 * @param keywords        lower-case literals; the regex runs only in a window around one of them
 * @param entropy         minimum Shannon entropy (bits per character) of the secret, when set
 * @param minLength       minimum length of the secret
 * @param charClasses     minimum count of character classes (lower, upper, digit, other) in the secret
 * @param names           for generic rules: words that make a variable name secret-like
 * @param priority        when two matches overlap, the higher priority wins (specific beats generic)
 * @param before          how far before a keyword hit the match may start
 * @param after           how far after a keyword hit the match may end
 * @param multiline       the match may cross line ends (private keys, key pairs)
 * @param anchorIdentifier the match starts at the start of the identifier holding the keyword
 * @param requires        a pattern the whole file must also contain
 * @param jwt             the secret is a JWT whose header and payload must decode
 * @param jwtClaims       claims the JWT payload must carry with these exact values
 * @param decodeGroup     a group to base64-decode and test against {@code decodedMatches}
 * @param clientItem      the catalogue item a client-side exposure of this secret feeds, when not the default
 * @param skipInTests     the rule does not run where generic rules do not (tests, fixtures, docs, lockfiles)
 */
public record SecretRule(String id, String provider, String title, Severity severity, Role role, RuleKind kind,
                         List<String> keywords, Pattern pattern, OptionalDouble entropy, int minLength,
                         int charClasses, List<String> names, int priority, int before, int after,
                         boolean multiline, boolean anchorIdentifier, Optional<Pattern> requires, boolean jwt,
                         Map<String, String> jwtClaims, Optional<String> decodeGroup,
                         Optional<Pattern> decodedMatches, Optional<String> clientItem,
                         boolean skipInTests, List<Example> matchExamples, List<Example> noMatchExamples) {

    /** A sample input from the rule file; {@code path} is where it is pretended to live. */
    public record Example(String text, String path) {
    }

    public SecretRule {
        keywords = List.copyOf(keywords);
        names = List.copyOf(names);
        jwtClaims = Map.copyOf(jwtClaims);
        matchExamples = List.copyOf(matchExamples);
        noMatchExamples = List.copyOf(noMatchExamples);
    }

    /** The id used in findings and ignore comments: {@code secret.<id>}. */
    public String ruleId() {
        return "secret." + id;
    }

    /** True for the secret group being named rather than the first group. */
    boolean namedSecretGroup() {
        return pattern.pattern().contains("(?<secret>");
    }
}
