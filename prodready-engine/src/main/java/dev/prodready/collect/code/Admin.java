package dev.prodready.collect.code;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a route is an administrative one, judged from its file path, route path and handler name. */
final class Admin {

    private static final Pattern ADMIN = Pattern.compile("(^|[/_.(\\-])(super)?admin(s|istrat\\w*)?($|[/_.)\\-])|admin[A-Z]|[a-z]Admin([A-Z]|$)");

    private Admin() {
    }

    static boolean isAdmin(String path, String route, String handler) {
        return ADMIN.matcher(path.toLowerCase(Locale.ROOT)).find() || ADMIN.matcher(route.toLowerCase(Locale.ROOT)).find()
                || ADMIN.matcher(handler).find() || ADMIN.matcher(handler.toLowerCase(Locale.ROOT)).find();
    }
}
