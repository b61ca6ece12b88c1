package dev.prodready.fact;

/** How a server entry point is protected, as the code analysis judged it. */
public enum RouteGuard {
    /** The handler itself checks the session, user or token. */
    SESSION,
    /** A middleware, security filter chain or router-level dependency covers the route. */
    MIDDLEWARE,
    /** The handler is wrapped by, or calls, a project or library helper that checks the user. */
    WRAPPER,
    /** A webhook signature or a shared secret from the environment is verified. */
    SIGNATURE,
    /** Public by design (sign-in, sign-up, health, OAuth callback...), judged from the route's name. */
    PUBLIC,
    /** No authentication check found. */
    NONE,
    /** The only check is commented out. */
    COMMENTED_OUT,
    /** An auth look-up runs (or verify_jwt is on) but the user it returns is never read. */
    RESULT_UNUSED,
    /** The identity or role comes from the request body, query or a header instead of a verified session. */
    IDENTITY_FROM_REQUEST;

    /** True when the route checks who calls it (or is public by design). */
    public boolean protects() {
        return this == SESSION || this == MIDDLEWARE || this == WRAPPER || this == SIGNATURE;
    }

    /** A guard that only looks like one: counted as unguarded. */
    public boolean lookalike() {
        return this == COMMENTED_OUT || this == RESULT_UNUSED || this == IDENTITY_FROM_REQUEST;
    }
}
