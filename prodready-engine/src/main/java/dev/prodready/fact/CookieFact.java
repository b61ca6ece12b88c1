package dev.prodready.fact;

import java.util.Optional;

/**
 * A cookie the deployed site set on the landing page (or its redirects), with its security attributes.
 *
 * @param sameSite       "strict", "lax" or "none"; empty when absent or not one of those
 * @param session        the name suggests a session or login cookie
 * @param csrf           the name suggests an anti-CSRF token
 * @param prefixRejected a __Host- or __Secure- cookie a browser would refuse for breaking the prefix rules
 */
public record CookieFact(String name, boolean secure, boolean httpOnly, Optional<String> sameSite, boolean session,
                         boolean csrf, boolean prefixRejected, String url, Evidence evidence) implements Fact {
}
