package dev.prodready.workspace.live;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The only two origins the probe talks to: the one given and its http/https twin on the same host. An
 * explicit port is kept for the twin (as MDN Observatory does for "host:port"); default ports map 80 to 443.
 */
public record Origins(URI given, URI twin) {

    public static Origins of(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("an http(s) URL with a host is needed, not " + url);
        }
        String other = scheme.equals("https") ? "http" : "https";
        return new Origins(origin(scheme, url.getHost(), url.getPort()), origin(other, url.getHost(), url.getPort()));
    }

    private static URI origin(String scheme, String host, int port) {
        try {
            return new URI(scheme, null, host, port, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public URI https() {
        return given.getScheme().equals("https") ? given : twin;
    }

    public URI http() {
        return given.getScheme().equals("http") ? given : twin;
    }

    /** The port a URL really uses (its explicit port or the scheme default). */
    public static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    public boolean allows(URI uri) {
        return key(uri).map(k -> k.equals(key(given).orElseThrow()) || k.equals(key(twin).orElseThrow()))
                .orElse(false);
    }

    private static Optional<String> key(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + ":" + port(uri));
    }

    /** The given URL's path and query for the twin origin. */
    public URI onTwin(URI url) {
        URI base = url.getScheme().equalsIgnoreCase(given.getScheme()) ? twin : given;
        return base.resolve(pathAndQuery(url));
    }

    public static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    public Set<URI> both() {
        return Set.of(given, twin);
    }
}
