package dev.prodready.collect.code;

import dev.prodready.collect.FactSink;
import dev.prodready.fact.CodeObservation;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Fact;
import dev.prodready.fact.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the per-file analyses found, gathered from the worker threads (all methods are synchronized), for
 * the cross-file step and for emitting facts at the end.
 */
final class CodeIndex {

    private final CodeRules rules;
    private final List<RouteCandidate> routes = new ArrayList<>();
    private final Map<String, List<FunctionSummary>> summaries = new HashMap<>();
    private final List<NextMiddleware> middlewares = new ArrayList<>();
    private final List<Mount> mounts = new ArrayList<>();
    private final List<SpringRule> springRules = new ArrayList<>();
    private final List<Evidence> clientAdminChecks = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final List<Deferred> deferred = new ArrayList<>();

    /** An observation whose safety depends on something only known once every file was read. */
    record Deferred(String flag, CodeObservation ifAbsent, CodeObservation ifPresent) {
    }

    CodeIndex(CodeRules rules) {
        this.rules = rules;
    }

    CodeRules rules() {
        return rules;
    }

    synchronized void route(RouteCandidate route) {
        routes.add(route);
    }

    synchronized void summary(FunctionSummary summary) {
        summaries.computeIfAbsent(summary.name(), k -> new ArrayList<>()).add(summary);
    }

    synchronized void middleware(NextMiddleware middleware) {
        middlewares.add(middleware);
    }

    synchronized void mount(Mount mount) {
        mounts.add(mount);
    }

    synchronized void springRules(List<SpringRule> rules) {
        springRules.addAll(rules);
    }

    synchronized List<SpringRule> springRules() {
        return List.copyOf(springRules);
    }

    synchronized void clientAdminCheck(Evidence evidence) {
        clientAdminChecks.add(evidence);
    }

    synchronized void flag(String flag) {
        flags.add(flag);
    }

    synchronized boolean flagged(String flag) {
        return flags.contains(flag);
    }

    synchronized void add(Fact fact) {
        facts.add(fact);
    }

    /** Records {@code ifAbsent} unless {@code flag} is raised by some file, else {@code ifPresent}. */
    synchronized void deferred(String flag, CodeObservation ifAbsent, CodeObservation ifPresent) {
        deferred.add(new Deferred(flag, ifAbsent, ifPresent));
    }

    synchronized List<RouteCandidate> routes() {
        return List.copyOf(routes);
    }

    synchronized Map<String, List<FunctionSummary>> summaries() {
        return Map.copyOf(summaries);
    }

    synchronized List<NextMiddleware> middlewares() {
        return List.copyOf(middlewares);
    }

    synchronized List<Mount> mounts() {
        return List.copyOf(mounts);
    }

    synchronized List<Evidence> clientAdminChecks() {
        return List.copyOf(clientAdminChecks);
    }

    synchronized List<Fact> facts() {
        return List.copyOf(facts);
    }

    /** Settles deferred observations, then hands every fact to the sink; unsafe observations also become findings. */
    synchronized void emit(FactSink sink) {
        for (Deferred d : deferred) {
            facts.add(flags.contains(d.flag()) ? d.ifPresent() : d.ifAbsent());
        }
        deferred.clear();
        for (Fact fact : facts) {
            sink.add(fact);
            if (fact instanceof CodeObservation o && !o.safe()) {
                sink.add(finding(o));
            }
        }
    }

    Finding finding(CodeObservation o) {
        CodeRules.Rule rule = rules.rule(o.ruleId());
        String message = o.evidence().note();
        return new Finding(o.ruleId(), rule.item(), rule.severity(), message, null,
                fingerprint(o.ruleId() + "\0" + o.evidence().path() + "\0" + message), o.evidence());
    }

    private static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
