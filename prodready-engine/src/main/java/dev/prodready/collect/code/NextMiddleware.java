package dev.prodready.collect.code;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Next.js middleware (or proxy) file: the folder it serves, its matcher, the scan of its code, and for Clerk the
 * route patterns its protect() call covers.
 *
 * @param root        folder prefix of the app it belongs to ("" or "apps/web/")
 * @param matchers    config.matcher as regular expressions; empty means every path
 * @param onlyPaths   when non-empty, protection applies only to paths matching one of these
 * @param exceptPaths paths the protection explicitly leaves out
 * @param clerk       uses clerkMiddleware, which protects nothing unless protect() is called
 * @param reexported  re-exports a library middleware that always protects (next-auth/middleware)
 * @param roleAll     a role check applies to every path it runs for; else only to {@code rolePaths}
 */
record NextMiddleware(String path, int line, String root, List<Pattern> matchers, List<Pattern> onlyPaths,
                      List<Pattern> exceptPaths, HandlerScan scan, boolean clerk, boolean reexported,
                      boolean nextAuthExport, boolean roleAll, List<Pattern> rolePaths) {

    /** The middleware runs for this route (its matcher includes it). */
    boolean runsFor(String route) {
        return matchers.isEmpty() || matchers.stream().anyMatch(p -> p.matcher(route).matches());
    }

    /** Its role check applies to this route. */
    boolean checksRoleFor(String route) {
        return runsFor(route) && (roleAll || rolePaths.stream().anyMatch(p -> p.matcher(route).find()));
    }

    /** Its authentication check applies to this route. */
    boolean covers(String route) {
        if (!runsFor(route)) {
            return false;
        }
        if (!onlyPaths.isEmpty() && onlyPaths.stream().noneMatch(p -> p.matcher(route).find())) {
            return false;
        }
        return exceptPaths.stream().noneMatch(p -> p.matcher(route).find());
    }
}
