package dev.prodready.collect.code;

import java.util.List;

/**
 * A named function anywhere in the code base, summarised for cross-file judgement: what it calls and whether it
 * checks a session condition, a role, or a rate limit itself. A project helper such as {@code requireUser()} is a
 * guard when its body calls a guard.
 */
record FunctionSummary(String name, String path, int line, List<String> callees, boolean sessionCondition,
                       boolean roleCheck, boolean rateLimit, boolean rejects) {
}
