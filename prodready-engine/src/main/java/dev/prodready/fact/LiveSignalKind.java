package dev.prodready.fact;

import java.util.Locale;

/** Observations of the live probe that are a yes/no with a detail; the vocabulary checks use. */
public enum LiveSignalKind {
    /** The site answers over HTTPS. */
    HTTPS_SERVED,
    /** No HTTPS answer at all. */
    HTTPS_UNAVAILABLE,
    /** The TLS certificate failed verification (detail says why). */
    CERTIFICATE_INVALID,
    /** Plain HTTP redirects to HTTPS on the same host first. */
    HTTP_REDIRECTS_TO_HTTPS,
    /** Plain HTTP reaches HTTPS only through another host or another HTTP hop. */
    HTTP_REDIRECT_INDIRECT,
    /** Plain HTTP serves content without going to HTTPS. */
    HTTP_NOT_REDIRECTED,
    /** Nothing answers on plain HTTP. */
    HTTP_UNAVAILABLE,
    /** The landing page redirects to another origin, which was not probed. */
    REDIRECTS_ELSEWHERE,
    /** Access-Control-Allow-Origin: * (without credentials). */
    CORS_WILDCARD,
    /** Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials: true. */
    CORS_WILDCARD_WITH_CREDENTIALS,
    /** A foreign Origin is echoed back in Access-Control-Allow-Origin. */
    CORS_REFLECTS_ORIGIN,
    /** A foreign Origin is echoed back and credentials are allowed. */
    CORS_REFLECTS_ORIGIN_WITH_CREDENTIALS,
    /** CORS answers name specific origins, not the foreign one. */
    CORS_RESTRICTED,
    /** No CORS headers for a foreign origin. */
    CORS_NONE,
    /** A third-party script is loaded without an integrity attribute. */
    SRI_MISSING,
    /** Every third-party script carries an integrity attribute. */
    SRI_PRESENT,
    /** An HTTPS page loads a resource over plain HTTP. */
    MIXED_CONTENT,
    /** Server or X-Powered-By discloses a product version. */
    VERSION_DISCLOSED,
    /** /.well-known/security.txt is published with a contact. */
    SECURITY_TXT,
    /** No valid security.txt was found. */
    SECURITY_TXT_MISSING,
    /** A JavaScript source map of the page is publicly downloadable. */
    SOURCE_MAP_PUBLIC,
    /** The landing page links to a privacy policy. */
    PRIVACY_LINK,
    /** The landing page links to terms of service. */
    TERMS_LINK,
    /** The landing page shows signs of a cookie consent mechanism. */
    COOKIE_CONSENT,
    /** An error page shows a stack trace or framework debug output. */
    ERROR_PAGE_LEAK,
    /** The error page for a missing path reveals no internals. */
    ERROR_PAGE_CLEAN,
    /** The burst of --active got 429 Too Many Requests. */
    RATE_LIMITED,
    /** The burst of --active never got a 429. */
    NOT_RATE_LIMITED,
    /** Response headers show a CDN in front of the site (detail names it). */
    CDN,
    /** Responses are compressed (gzip, br, deflate). */
    COMPRESSION,
    /** A Permissions-Policy header restricts browser features. */
    PERMISSIONS_POLICY,
    /** A health endpoint answered (detail is its path). */
    HEALTH_ENDPOINT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
