package dev.prodready.collect.code;

import dev.prodready.collect.text.RegexGate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one handler body (or a whole file, for file-level handlers) does that matters for guarding: the calls it
 * makes and whether each call's result is read, its conditions, its comments, and the request data it trusts.
 */
public final class HandlerScan {

    /** A call inside the scope: normalised callee, line, and whether its result is read (or discarded). */
    public record CallUse(String callee, int line, boolean used, boolean bare) {
    }

    /** A comment inside (or just above) the scope. */
    public record Comment(String text, int line) {
    }

    private final List<CallUse> calls = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final String text;
    private final boolean roleCheck;
    private final boolean roleFromRequest;
    private final boolean identityFromRequest;
    private final boolean sessionCondition;
    private final boolean secretCompare;
    private final boolean rejects;

    private HandlerScan(FileContext file, Node scope) {
        CodeRules rules = file.rules();
        List<Node> inside = scope == null ? file.tree().nodes() : scope.descendants(n -> true);
        this.text = withoutComments(file.tree(), scope, inside);
        for (Node node : inside) {
            switch (node.kind()) {
                case CALL -> {
                    calls.add(use(node, scope));
                    String name = node.calleeName();
                    if ((name.equals("protect") || name.equals("has") || name.equals("authorize"))
                            && rules.pattern("patterns.role").matcher(node.slotText("args")).find()) {
                        conditions.add(node.text());
                    }
                }
                case IF -> conditions.add(node.hasSlot("cond") ? node.slotText("cond") : node.text());
                case COMMENT -> comments.add(new Comment(node.text(), node.line()));
                case DECORATOR -> conditions.add(node.text());
                default -> {
                }
            }
        }
        if (scope != null) {
            commentsAbove(file, scope);
        }
        Pattern role = rules.pattern("patterns.role");
        Pattern source = rules.pattern("patterns.requestSource");
        Pattern identity = rules.pattern("patterns.identity");
        Pattern session = rules.pattern("patterns.sessionCondition");
        Pattern secret = rules.pattern("patterns.secretCompare");
        boolean anyRole = false;
        boolean roleFromBody = false;
        boolean identityFromBody = false;
        boolean sessionCond = false;
        boolean secretCond = false;
        for (String cond : conditions) {
            String lower = cond.toLowerCase(Locale.ROOT); // the rule lists' words gate their regexes
            boolean fromRequest = RegexGate.find(source, cond, lower) || taintedByRequest(cond, source);
            if (RegexGate.find(role, cond, lower)) {
                anyRole = true;
                roleFromBody |= fromRequest;
            }
            if (fromRequest && RegexGate.find(identity, cond, lower)) {
                identityFromBody = true;
            }
            sessionCond |= RegexGate.find(session, cond, lower);
            secretCond |= RegexGate.find(secret, cond, lower);
        }
        NameList roleCalls = rules.names("routes.roleCalls");
        for (CallUse call : calls) {
            if (roleCalls.matches(call.callee())) {
                anyRole = true;
            }
        }
        this.roleCheck = anyRole;
        this.roleFromRequest = roleFromBody;
        this.identityFromRequest = identityFromBody;
        this.sessionCondition = sessionCond;
        this.secretCompare = secretCond;
        this.rejects = RegexGate.find(rules.pattern("patterns.reject"), text, text.toLowerCase(Locale.ROOT));
    }

    /** The scope's code with its comments blanked out, so commented-out code and notes do not count as code. */
    private static String withoutComments(SyntaxTree tree, Node scope, List<Node> inside) {
        int start = scope == null ? 0 : scope.start();
        int end = scope == null ? Integer.MAX_VALUE : scope.end();
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Node n : inside) {
            if (n.is(Kind.COMMENT) && n.start() >= at) {
                out.append(tree.text(at, n.start())).append(' ');
                at = n.end();
            }
        }
        out.append(tree.text(at, end));
        return out.toString();
    }

    public static HandlerScan of(FileContext file, Node scope) {
        return new HandlerScan(file, scope);
    }

    public static HandlerScan ofFile(FileContext file) {
        return new HandlerScan(file, null);
    }

    /** A condition on a variable assigned from request data in this scope (const { role } = await req.json()). */
    private boolean taintedByRequest(String cond, Pattern source) {
        for (String name : requestBoundNames(source)) {
            if (Bindings.referenced(name, cond)) {
                return true;
            }
        }
        return false;
    }

    private List<String> boundFromRequest;

    private List<String> requestBoundNames(Pattern source) {
        if (boundFromRequest == null) {
            boundFromRequest = new ArrayList<>();
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && eq + 1 < line.length() && line.charAt(eq + 1) != '=' && source.matcher(line.substring(eq)).find()) {
                    boundFromRequest.addAll(Bindings.names(line.substring(0, eq)));
                }
            }
        }
        return boundFromRequest;
    }

    private void commentsAbove(FileContext file, Node scope) {
        // a guard commented out just above the handler ("// @login_required", "// export const GET = withAuth(...)")
        Node top = scope;
        while (top.parent().isPresent() && (top.parent().get().is(Kind.EXPORT) || top.parent().get().is(Kind.DECORATED)
                || top.parent().get().is(Kind.ASSIGN))) {
            top = top.parent().get();
        }
        if (top.is(Kind.DECORATED)) {
            for (Node child : top.children()) {
                if (child.is(Kind.COMMENT)) {
                    comments.add(new Comment(child.text(), child.line()));
                }
            }
        }
        int first = top.line();
        for (int line = first - 1; line >= Math.max(1, first - 3); line--) {
            String t = file.tree().lineText(line).strip();
            if (t.startsWith("//") || t.startsWith("#") || t.startsWith("/*") || t.startsWith("*")) {
                comments.add(new Comment(t, line));
            } else if (!t.isEmpty() && !t.startsWith("@")) {
                break;
            }
        }
    }

    private static CallUse use(Node call, Node scope) {
        boolean used = false;
        boolean bare = true;
        for (Node at = call.parent().orElse(null); at != null && at != scope; at = at.parent().orElse(null)) {
            if (at.is(Kind.CALL) && at.inSlot("args", call)) {
                used = true;
                bare = false;
                break;
            }
            if (at.is(Kind.CALL) && at.inSlot("callee", call)) {
                // auth().protect(), (await auth()).userId: the chain reads the result
                used = true;
                bare = false;
                break;
            }
            if (at.is(Kind.ASSIGN) && at.inSlot("right", call)) {
                bare = false;
                List<String> names = Bindings.names(at.slotText("left"));
                if (names.isEmpty()) {
                    used = true;
                } else {
                    CharSequence after = call.tree().view(at.end(), scope == null ? Integer.MAX_VALUE : scope.end());
                    used = names.stream().anyMatch(n -> Bindings.referenced(n, after));
                }
                break;
            }
            if (at.is(Kind.IF) || at.is(Kind.RETURN) || at.is(Kind.CONCAT) || at.is(Kind.PAIR) || at.is(Kind.INTERP)
                    || at.is(Kind.DECORATOR)) {
                used = true;
                bare = false;
                break;
            }
            if (at.is(Kind.FUNC) || at.is(Kind.LOOP)) {
                break;
            }
        }
        return new CallUse(call.callee(), call.line(), used, bare);
    }

    public List<CallUse> calls() {
        return calls;
    }

    public List<Comment> comments() {
        return comments;
    }

    public List<String> conditions() {
        return conditions;
    }

    public String text() {
        return text;
    }

    public boolean roleCheck() {
        return roleCheck && !roleFromRequest;
    }

    public boolean roleFromRequest() {
        return roleFromRequest;
    }

    public boolean identityFromRequest() {
        return identityFromRequest;
    }

    public boolean sessionCondition() {
        return sessionCondition;
    }

    public boolean secretCompare() {
        return secretCompare;
    }

    public boolean rejects() {
        return rejects;
    }

    public boolean calls(NameList names) {
        return calls.stream().anyMatch(c -> names.matches(c.callee()));
    }

    public Optional<CallUse> firstCall(NameList names) {
        return calls.stream().filter(c -> names.matches(c.callee())).findFirst();
    }
}
