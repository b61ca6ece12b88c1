package dev.prodready.collect.secret;

import dev.prodready.catalogue.Severity;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Turns accepted matches into findings: picks the catalogue item and severity, words the message. */
final class FindingFactory {

    static final String IN_CODE = "secrets.no-keys-in-code";
    static final String HISTORY = "secrets.history-clean";
    static final String ENV_FILES = "secrets.no-env-files-committed";
    static final String CLIENT_ENV = "secrets.no-secrets-in-client-env";
    static final String ENV_FILE_RULE = "secret.env-file-committed";

    /** Who added a secret to history, when, and where. */
    record Origin(String commit, String path, String author, Instant when) {
    }

    private final Map<String, String> messages;

    FindingFactory(RuleBook book) {
        this.messages = book.messages();
    }

    /** A secret in a working-tree file (or in HEAD, when {@code headCommit} is given). */
    Finding current(SecretMatch m, String path, String headCommit) {
        SecretRule rule = m.rule();
        String key;
        Severity severity;
        String item;
        if (rule.role() == Role.PUBLIC) {
            key = "public";
            severity = Severity.INFO;
            item = IN_CODE;
        } else if (m.exposedName().isPresent() || m.clientCode()) {
            key = m.exposedName().isPresent() ? "clientEnv" : "clientCode";
            severity = Severity.CRITICAL;
            item = rule.clientItem().orElse(CLIENT_ENV);
        } else if (m.local()) {
            key = "localOnly";
            severity = Severity.LOW;
            item = IN_CODE;
        } else {
            key = headCommit == null ? "inCode" : "headOnly";
            severity = rule.severity();
            item = IN_CODE;
        }
        String message = format(key, rule, path, m.exposedName().orElse(""), headCommit, "", null);
        Evidence evidence = headCommit == null ? Evidence.at(path, m.line(), rule.provider())
                : Evidence.inCommit(headCommit, path, m.line(), rule.provider() + "; in HEAD");
        return new Finding(rule.ruleId(), item, severity, message, m.redacted(),
                Redaction.fingerprint(rule.ruleId(), path, m.secret()), evidence);
    }

    /** A secret that is no longer in HEAD but is still reachable from a ref. */
    Finding historical(SecretMatch m, Origin origin, int occurrences) {
        SecretRule rule = m.rule();
        Severity severity = m.local() ? Severity.LOW : rule.severity();
        String message = format("historyOnly", rule, origin.path(), "", origin.commit(), origin.author(), origin.when());
        String note = "introduced by " + origin.author() + (origin.when() == null ? "" : " on " + day(origin.when()))
                + (occurrences > 1 ? "; seen in " + occurrences + " file versions" : "");
        Evidence evidence = origin.commit() == null ? Evidence.at(origin.path(), m.line(), note)
                : Evidence.inCommit(origin.commit(), origin.path(), m.line(), note);
        return new Finding(rule.ruleId(), HISTORY, severity, message, m.redacted(),
                Redaction.fingerprint(rule.ruleId(), origin.path(), m.secret()), evidence);
    }

    /** An env file tracked by git ({@code tracked}) or merely not ignored. */
    Finding envFile(String path, boolean tracked) {
        String message = messages.get(tracked ? "envFileCommitted" : "envFileUnignored").replace("{path}", path);
        return new Finding(ENV_FILE_RULE, ENV_FILES, tracked ? Severity.HIGH : Severity.LOW, message, "",
                Redaction.fingerprint(ENV_FILE_RULE, path, ""), Evidence.file(path,
                        tracked ? "tracked by git" : "not ignored by .gitignore"));
    }

    private String format(String key, SecretRule rule, String path, String name, String commit, String author,
                          Instant when) {
        return messages.get(key)
                .replace("{title}", rule.title())
                .replace("{provider}", rule.provider())
                .replace("{path}", path)
                .replace("{name}", name)
                .replace("{commit}", commit == null ? "an unknown commit" : shortHash(commit))
                .replace("{author}", author == null || author.isEmpty() ? "an unknown author" : author)
                .replace("{date}", when == null ? "an unknown date" : day(when));
    }

    private static String shortHash(String commit) {
        return commit.substring(0, Math.min(10, commit.length()));
    }

    private static String day(Instant when) {
        return when.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
