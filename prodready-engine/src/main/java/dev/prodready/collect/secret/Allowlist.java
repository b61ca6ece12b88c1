package dev.prodready.collect.secret;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values, names and paths that are not leaks, from the {@code allowlist} section of the rule file.
 *
 * @param placeholderWords        substrings (lower-case) that mark any matched value as a stand-in
 * @param genericPlaceholderWords more stand-in substrings, for values recognised only by their name
 * @param referenceMarkers        substrings that make a value a reference to a secret kept elsewhere
 * @param trivialPasswords        connection-string passwords that are local defaults, not secrets
 * @param localHosts              host names of local or containerised databases
 * @param genericSkipPaths        paths where name-only rules do not run (lockfiles, tests, docs)
 * @param jwtIssuers              JWT issuers whose keys are published demo keys
 * @param nameStopwords           identifier words that make a secret-sounding name harmless
 * @param nameDenyLast            identifier words that, last, make the name describe something else
 * @param clientEnvPrefixes       variable prefixes that build tools ship to browsers
 * @param envFileExampleMarkers   env file name parts that mark a template (.env.example)
 * @param knownValueHashes        sha256 (hex) of values published as examples or test keys by their vendors
 */
public record Allowlist(List<String> placeholderWords, List<String> genericPlaceholderWords,
                        List<String> referenceMarkers, Set<String> trivialPasswords, Set<String> localHosts,
                        List<Pattern> genericSkipPaths, Set<String> jwtIssuers, Set<String> nameStopwords,
                        Set<String> nameDenyLast, List<String> clientEnvPrefixes,
                        List<String> envFileExampleMarkers, Set<String> knownValueHashes) {

    public Allowlist {
        placeholderWords = List.copyOf(placeholderWords);
        genericPlaceholderWords = List.copyOf(genericPlaceholderWords);
        referenceMarkers = List.copyOf(referenceMarkers);
        trivialPasswords = Set.copyOf(trivialPasswords);
        localHosts = Set.copyOf(localHosts);
        genericSkipPaths = List.copyOf(genericSkipPaths);
        jwtIssuers = Set.copyOf(jwtIssuers);
        nameStopwords = Set.copyOf(nameStopwords);
        nameDenyLast = Set.copyOf(nameDenyLast);
        clientEnvPrefixes = List.copyOf(clientEnvPrefixes);
        envFileExampleMarkers = List.copyOf(envFileExampleMarkers);
        knownValueHashes = Set.copyOf(knownValueHashes);
    }

    boolean genericSkipped(String path) {
        for (Pattern p : genericSkipPaths) {
            if (p.matcher(path).find()) {
                return true;
            }
        }
        return false;
    }
}
