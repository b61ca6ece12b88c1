package dev.prodready.live;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises stack traces and framework debug pages in an error response body. */
final class ErrorPageLeak {

    private record Sign(String what, Pattern pattern) {
    }

    private static final List<Sign> SIGNS = List.of(
            new Sign("a Python traceback", Pattern.compile("Traceback \\(most recent call last\\)")),
            new Sign("Django's debug page", Pattern.compile("You're seeing this error because you have <code>DEBUG = True")),
            new Sign("the Werkzeug debugger", Pattern.compile("Werkzeug Debugger|werkzeug\\.debug")),
            new Sign("a Java stack trace", Pattern.compile("(?m)^\\s*at [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)")),
            new Sign("a Java exception", Pattern.compile("Exception in thread \"|java\\.lang\\.[A-Z]\\w+Exception")),
            new Sign("a Node.js stack trace", Pattern.compile("(?m)^\\s*at .+\\((/|[A-Z]:\\\\|node:)[^)]*:\\d+:\\d+\\)")),
            new Sign("a Ruby on Rails error page", Pattern.compile("Action Controller: Exception caught|ActionController::RoutingError")),
            new Sign("a PHP error", Pattern.compile("(Fatal error|Parse error|Warning)</b>:.* on line <b>\\d+|Stack trace:\\s*#0")),
            new Sign("Laravel's Whoops page", Pattern.compile("Whoops! There was an error|Illuminate\\\\")),
            new Sign("an ASP.NET error page", Pattern.compile("Server Error in '/' Application|\\[\\w+Exception: ")),
            new Sign("a Next.js development overlay", Pattern.compile("__NEXT_DATA__[\\s\\S]{0,2000}\"err\":\\{|Unhandled Runtime Error")),
            new Sign("a .NET stack trace", Pattern.compile("(?m)^\\s*at [\\w.]+\\(.*\\) in .+:line \\d+")),
            new Sign("a Go panic", Pattern.compile("goroutine \\d+ \\[running\\]:")),
            new Sign("an SQL error", Pattern.compile("SQLSTATE\\[|You have an error in your SQL syntax|PG::\\w+Error")));

    private ErrorPageLeak() {
    }

    static Optional<String> find(String body) {
        String text = body.length() > 200_000 ? body.substring(0, 200_000) : body;
        for (Sign s : SIGNS) {
            if (s.pattern().matcher(text).find()) {
                return Optional.of(s.what());
            }
        }
        return Optional.empty();
    }
}
