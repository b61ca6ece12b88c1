package dev.prodready.collect.code;

import java.util.List;

/** Summarises the named functions of a file (top level and class methods) for the cross-file guard step. */
final class Summaries {

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\w$]+");
    private static final java.util.regex.Pattern EXPORTS = java.util.regex.Pattern.compile("(module\\.)?exports\\.[\\w$]+");

    private Summaries() {
    }

    static void collect(FileContext file, CodeIndex index) {
        NameList rateLimits = file.rules().names("routes.rateLimits");
        for (Node func : file.nodes(Kind.FUNC)) {
            if (func.ancestor(Kind.FUNC).isPresent()) {
                continue;
            }
            String name = name(func);
            if (name.isEmpty()) {
                continue;
            }
            HandlerScan scan = HandlerScan.of(file, func);
            List<String> callees = scan.calls().stream().map(HandlerScan.CallUse::callee).distinct().toList();
            boolean decoratorGuard = false;
            index.summary(new FunctionSummary(name, file.path(), func.line(), callees,
                    scan.sessionCondition() || decoratorGuard, scan.roleCheck(), scan.calls(rateLimits), scan.rejects()));
        }
    }

    /** A function's name: declared, or the variable, property or export it is assigned to. */
    static String name(Node func) {
        String declared = func.slotText("name");
        if (!declared.isEmpty()) {
            return declared;
        }
        Node at = func.parent().orElse(null);
        // const requireAdmin = async () => {...}; const x = wrapper(async () => {...})
        while (at != null && (at.is(Kind.ARG) || at.is(Kind.CALL))) {
            at = at.parent().orElse(null);
        }
        if (at != null && at.is(Kind.ASSIGN)) {
            String left = at.slotText("left").strip();
            if (NAME.matcher(left).matches()) {
                return left;
            }
            if (EXPORTS.matcher(left).matches()) {
                return Names.lastSegment(left);
            }
        }
        if (at != null && at.is(Kind.PAIR)) {
            String key = Names.stripQuotes(at.slotText("key"));
            if (NAME.matcher(key).matches()) {
                return key;
            }
        }
        return "";
    }
}
