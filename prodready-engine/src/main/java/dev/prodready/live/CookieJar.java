package dev.prodready.live;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which Set-Cookie headers a browser-like client keeps, following the rules of the cookie store MDN
 * Observatory reads (tough-cookie, errors ignored): a cookie needs a name, its Domain must cover the host
 * and not be a public suffix or an IP address, the __Secure- and __Host- prefixes are enforced, and a later
 * cookie with the same name, domain and path replaces the earlier one. Expired cookies stay, as they do there.
 */
final class CookieJar {

    /** A stored cookie with the attributes the verdicts use; {@code sameSite} is empty when absent or invalid. */
    record Cookie(String name, String domain, String path, boolean hostOnly, boolean secure, boolean httpOnly,
                  Optional<String> sameSite, URI setBy, String raw) {
    }

    private final List<Cookie> cookies = new ArrayList<>();

    List<Cookie> all() {
        return List.copyOf(cookies);
    }

    void set(String header, URI requestUrl) {
        parse(header, requestUrl).ifPresent(c -> {
            for (int i = 0; i < cookies.size(); i++) {
                Cookie old = cookies.get(i);
                if (old.name().equals(c.name()) && old.domain().equals(c.domain()) && old.path().equals(c.path())) {
                    cookies.set(i, c);
                    return;
                }
            }
            cookies.add(c);
        });
    }

    static Optional<Cookie> parse(String header, URI requestUrl) {
        String str = Js.trim(header);
        if (str.isEmpty()) {
            return Optional.empty();
        }
        int semi = str.indexOf(';');
        String pair = semi < 0 ? str : str.substring(0, semi);
        for (char t : new char[]{'\n', '\r', '\0'}) {
            int at = pair.indexOf(t);
            if (at >= 0) {
                pair = pair.substring(0, at);
            }
        }
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        String name = Js.trim(pair.substring(0, eq));
        String value = Js.trim(pair.substring(eq + 1));
        if (control(name) || control(value)) {
            return Optional.empty();
        }
        String domain = null;
        String path = null;
        boolean secure = false;
        boolean httpOnly = false;
        Optional<String> sameSite = Optional.empty();
        if (semi >= 0) {
            for (String av : str.substring(semi + 1).split(";", -1)) {
                String a = Js.trim(av);
                if (a.isEmpty()) {
                    continue;
                }
                int sep = a.indexOf('=');
                String key = Js.trim(sep < 0 ? a : a.substring(0, sep)).toLowerCase(Locale.ROOT);
                String val = sep < 0 ? null : Js.trim(a.substring(sep + 1));
                switch (key) {
                    case "domain" -> {
                        if (val != null && !val.isEmpty()) {
                            String d = Js.trim(val).replaceFirst("^\\.", "");
                            if (!d.isEmpty()) {
                                domain = d.toLowerCase(Locale.ROOT);
                            }
                        }
                    }
                    case "path" -> path = val != null && val.startsWith("/") ? val : null;
                    case "secure" -> secure = true;
                    case "httponly" -> httpOnly = true;
                    case "samesite" -> {
                        String v = val == null ? "" : val.toLowerCase(Locale.ROOT);
                        sameSite = v.equals("strict") || v.equals("lax") || v.equals("none") ? Optional.of(v)
                                : Optional.empty();
                    }
                    default -> {
                    }
                }
            }
        }
        String host = requestUrl.getHost().toLowerCase(Locale.ROOT);
        boolean hostOnly;
        if (domain != null) {
            boolean special = domain.equals("localhost") || domain.endsWith(".localhost");
            if (!special && (RegistrableDomain.isPublicSuffix(domain))) {
                return Optional.empty();
            }
            if (!domainMatch(host, domain)) {
                return Optional.empty();
            }
            hostOnly = false;
        } else {
            hostOnly = true;
            domain = host;
        }
        if (path == null) {
            path = defaultPath(requestUrl.getRawPath());
        }
        if (name.startsWith("__Secure-") && !secure) {
            return Optional.empty();
        }
        if (name.startsWith("__Host-") && !(secure && hostOnly && path.equals("/"))) {
            return Optional.empty();
        }
        return Optional.of(new Cookie(name, domain, path, hostOnly, secure, httpOnly, sameSite, requestUrl, header));
    }

    private static boolean control(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    private static boolean domainMatch(String host, String domain) {
        if (host.equals(domain)) {
            return true;
        }
        boolean ip = host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        return !ip && host.endsWith("." + domain);
    }

    private static String defaultPath(String path) {
        if (path == null || !path.startsWith("/")) {
            return "/";
        }
        int last = path.lastIndexOf('/');
        return last <= 0 ? "/" : path.substring(0, last);
    }
}
