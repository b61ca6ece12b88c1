package dev.prodready.collect.code;

import dev.prodready.fact.Evidence;
import dev.prodready.fact.WebSettingFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web security settings written in code: CORS, cookie flags, CSRF, security headers, rate limiters, debug modes,
 * JWT secrets and algorithms, TLS verification and eval of dynamic code.
 */
final class WebSettingsAnalysis {

    private static final Pattern JWT_CALL = Pattern.compile("(?i)\\b(jwt|jsonwebtoken|jose|Jwts|jwtService)\\.(sign|verify|encode|decode)$");
    private static final Pattern JAVA_KEYS = Pattern.compile("HMAC256|HMAC384|HMAC512|setSigningKey|signWith|hmacShaKeyFor");
    private static final Pattern JWT_DECODE = Pattern.compile("(jwt|jsonwebtoken)\\.decode|jose\\.decodeJwt|decodeJwt");
    private static final Pattern CSRF_MIDDLEWARE = Pattern.compile("csurf|csrf|doubleCsrf|csrfSync|CSRFProtect|CsrfProtect");
    private static final Pattern JAVA_HEADERS = Pattern.compile("contentSecurityPolicy|httpStrictTransportSecurity|frameOptions");
    private static final Pattern VM_RUN = Pattern.compile("vm\\.(runInNewContext|runInThisContext|runInContext)");
    private static final Pattern COOKIE_SETTING = Pattern.compile("(SESSION|CSRF)_COOKIE_(SECURE|HTTPONLY)");
    private static final Pattern DJANGO_HEADERS = Pattern.compile(
            "SECURE_HSTS_SECONDS|SECURE_CONTENT_TYPE_NOSNIFF|X_FRAME_OPTIONS|CSP_DEFAULT_SRC|CONTENT_SECURITY_POLICY|SECURE_REFERRER_POLICY");
    private static final Pattern LIMIT_DECORATOR = Pattern.compile("@\\s*(limiter\\.limit|ratelimit|RateLimiter|throttle)");
    private static final Pattern SENSITIVE_COOKIE = Pattern.compile(
            "(?i)sess|\\bsid\\b|token|auth|jwt|refresh|access|remember|login|user_?id|credential");
    private static final Pattern SECURITY_HEADER = Pattern.compile(
            "(?i)^(content-security-policy|strict-transport-security|x-frame-options|x-content-type-options|referrer-policy|permissions-policy|cross-origin-opener-policy)$");
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)^['\"]?(secret|secretOrKey|secretOrPublicKey|jwtSecret|jwt_secret|signingKey|signing_key|JWT_SECRET_KEY|JWT_SECRET|SECRET_KEY|TOKEN_SECRET|SESSION_SECRET|AUTH_SECRET|NEXTAUTH_SECRET)['\"]?$");
    private static final Pattern ENV_FALLBACK = Pattern.compile(
            "(process\\.env\\.\\w+|Deno\\.env\\.get\\([^)]*\\)|os\\.(environ\\.get|getenv)\\(\\s*['\"]\\w+['\"])\\s*(\\|\\||\\?\\?|,|or)\\s*['\"`]([^'\"`]{4,})['\"`]");
    private static final Pattern PLACEHOLDER_SECRET = Pattern.compile("(?i)^(changeme|change-me|your[-_ ]?secret.*|xxx+|\\.\\.\\.|<.*>|\\$\\{.*})$");
    private static final Pattern PRODUCTION_EXCLUDED = Pattern.compile(
            "(?i)(^|/)(settings/)?(local|dev|development|test|testing|ci)(_settings)?\\.py$|settings_(local|dev|test)\\.py$|/dev/|/local/");

    private final FileContext file;
    private final CodeIndex index;
    private final String source;

    WebSettingsAnalysis(FileContext file, CodeIndex index) {
        this.file = file;
        this.index = index;
        this.source = file.tree().source();
    }

    void run() {
        cors();
        cookies();
        csrf();
        headers();
        rateLimiters();
        debug();
        jwt();
        tls();
        eval();
    }

    // ---- CORS ----

    private void cors() {
        for (Node call : file.nodes(Kind.CALL)) {
            String name = call.calleeName();
            String callee = call.callee();
            if (file.language().ecmascript() && name.equals("cors")) {
                corsOptions(call, call.args().isEmpty() ? null : call.args().get(0).value(), true);
            } else if (file.language().ecmascript() && name.equals("register") && call.arg(0).map(a -> a.text().toLowerCase(Locale.ROOT).contains("cors")).orElse(false)) {
                corsOptions(call, call.arg(1).map(Node::value).orElse(null), true);
            } else if (name.equals("add_middleware") && call.text().contains("CORSMiddleware")
                    || name.equals("CORS") && file.language() == Language.PYTHON) {
                pythonCors(call);
            } else if ((name.equals("setHeader") || name.equals("header") || name.equals("set") || name.equals("Set")
                    || name.equals("append") || name.equals("Add") || name.equals("addHeader") || name.equals("setHeader"))
                    && call.args().size() >= 2
                    && Names.stripQuotes(call.args().get(0).text()).equalsIgnoreCase("Access-Control-Allow-Origin")) {
                String value = call.args().get(1).text().strip();
                anyOrigin(call.nameLine(), value, source.contains("Access-Control-Allow-Credentials"), "header " + callee);
            } else if (name.equals("allowedOrigins") || name.equals("allowedOriginPatterns") || name.equals("addAllowedOrigin")
                    || name.equals("setAllowedOrigins") || name.equals("AllowOrigins")) {
                String args = call.slotText("args");
                if (args.contains("\"*\"")) {
                    boolean credentials = Pattern.compile("allowCredentials\\(\\s*true|setAllowCredentials\\(\\s*true").matcher(source).find();
                    record("cors", false, credentials ? "cors.any-origin-credentials" : "cors.any-origin",
                            callee + "(\"*\") allows every origin" + (credentials ? " with credentials" : ""), call.nameLine());
                } else {
                    record("cors", true, "cors.restricted", callee + " lists the allowed origins", call.nameLine());
                }
            }
        }
        for (Node decorator : file.nodes(Kind.DECORATOR)) {
            String t = decorator.text();
            if (t.startsWith("@CrossOrigin")) {
                boolean any = !t.contains("(") || t.contains("\"*\"") || !t.matches("(?s).*\\b(origins|value|originPatterns)\\s*=.*")
                        && !t.matches("(?s)@CrossOrigin\\(\\s*\"[^*].*");
                record("cors", !any, any ? "cors.any-origin" : "cors.restricted",
                        any ? "@CrossOrigin without origins allows every origin" : "@CrossOrigin lists its origins", decorator.line());
            }
        }
        for (Node pair : file.nodes(Kind.PAIR)) {
            String key = Names.stripQuotes(pair.slotText("key").strip());
            if (key.equalsIgnoreCase("Access-Control-Allow-Origin")) {
                String credentialsPair = pair.parent().map(Node::text).orElse("");
                anyOrigin(pair.line(), pair.slotText("value").strip(),
                        credentialsPair.contains("Access-Control-Allow-Credentials") && credentialsPair.matches("(?s).*Allow-Credentials['\"]\\s*[:,]\\s*['\"]?true.*"),
                        "a response header");
            } else if (key.equals("AllowAllOrigins") && pair.slotText("value").strip().equals("true")) {
                record("cors", false, "cors.any-origin", "AllowAllOrigins: true allows every origin", pair.line());
            }
        }
        if (file.language() == Language.PYTHON) {
            for (Node assign : file.nodes(Kind.ASSIGN)) {
                String left = assign.slotText("left").strip();
                if ((left.equals("CORS_ALLOW_ALL_ORIGINS") || left.equals("CORS_ORIGIN_ALLOW_ALL"))
                        && assign.slotText("right").strip().equals("True")) {
                    boolean credentials = source.matches("(?s).*CORS_ALLOW_CREDENTIALS\\s*=\\s*True.*");
                    record("cors", false, credentials ? "cors.any-origin-credentials" : "cors.any-origin",
                            left + " = True allows every origin" + (credentials ? " with credentials" : ""), assign.line());
                } else if (left.equals("CORS_ALLOWED_ORIGINS") || left.equals("CORS_ORIGIN_WHITELIST")) {
                    record("cors", true, "cors.restricted", left + " lists the allowed origins", assign.line());
                }
            }
        }
    }

    private void corsOptions(Node call, Node options, boolean defaultsToAny) {
        if (options == null) {
            if (defaultsToAny) {
                record("cors", false, "cors.any-origin", call.callee() + "() with no options allows every origin", call.nameLine());
            }
            return;
        }
        String origin = null;
        boolean credentials = false;
        for (Node pair : options.descendants(Kind.PAIR)) {
            if (pair.parent().orElse(null) != options && pair.ancestor(Kind.PAIR).isPresent()) {
                continue;
            }
            String key = Names.stripQuotes(pair.slotText("key"));
            String value = pair.slotText("value").strip();
            if (key.equals("origin")) {
                origin = value;
            } else if (key.equals("credentials") && value.equals("true")) {
                credentials = true;
            }
        }
        if (origin == null) {
            if (options.text().strip().startsWith("{")) {
                record("cors", false, credentials ? "cors.any-origin-credentials" : "cors.any-origin",
                        call.callee() + " sets no origin, so every origin is allowed" + (credentials ? " with credentials" : ""),
                        call.nameLine());
            }
            return;
        }
        anyOrigin(call.nameLine(), origin, credentials, call.callee());
    }

    private void anyOrigin(int line, String value, boolean credentials, String where) {
        String v = value.strip();
        boolean reflect = v.equals("true") || v.matches("(req|request)\\.headers\\.origin|(req|request)\\.headers\\[['\"]origin['\"]]|origin")
                || v.matches("(?s)\\(?\\s*\\w+\\s*,\\s*\\w+\\s*\\)?\\s*=>\\s*\\w+\\(\\s*null\\s*,\\s*true\\s*\\)");
        boolean star = Names.stripQuotes(v).equals("*");
        if (star || reflect) {
            String rule = credentials || reflect && v.equals("true") && credentials ? "cors.any-origin-credentials" : "cors.any-origin";
            record("cors", false, rule, where + (star ? " allows every origin (*)" : " reflects any requesting origin")
                    + (credentials ? " and allows credentials" : ""), line);
        } else {
            record("cors", true, "cors.restricted", where + " restricts origins to " + InjectionAnalysis.shorten(v), line);
        }
    }

    private void pythonCors(Node call) {
        String text = call.text();
        boolean credentials = text.matches("(?s).*allow_credentials\\s*=\\s*True.*") || text.matches("(?s).*supports_credentials\\s*=\\s*True.*");
        boolean any = text.matches("(?s).*(allow_origins|origins)\\s*=\\s*\\[?\\s*['\"]\\*['\"].*")
                || call.calleeName().equals("CORS") && !text.matches("(?s).*(origins|resources)\\s*=.*");
        record("cors", !any, any ? (credentials ? "cors.any-origin-credentials" : "cors.any-origin") : "cors.restricted",
                any ? call.calleeName().replace("add_middleware", "CORSMiddleware") + " allows every origin"
                        + (credentials ? " with credentials" : "") : "CORS origins are listed", call.nameLine());
    }

    // ---- cookies ----

    private void cookies() {
        for (Node call : file.nodes(Kind.CALL)) {
            String name = call.calleeName();
            String callee = call.callee();
            boolean jsCookie = file.language().ecmascript() && (name.equals("cookie") && !callee.startsWith("document")
                    || name.equals("set") && callee.toLowerCase(Locale.ROOT).contains("cookie")
                    || name.equals("setCookie") || name.equals("serialize") && source.contains("cookie"));
            if (jsCookie) {
                jsCookie(call);
            } else if (name.equals("set_cookie") && file.language() == Language.PYTHON) {
                pythonCookie(call);
            } else if (name.equals("session") && file.language().ecmascript() && call.text().contains("cookie")) {
                expressSession(call);
            }
        }
        for (Node assign : file.nodes(Kind.ASSIGN)) {
            String left = assign.slotText("left").strip();
            if (left.equals("document.cookie") && file.language().ecmascript()) {
                String value = assign.slotText("right");
                if (SENSITIVE_COOKIE.matcher(value.split("=")[0]).find()) {
                    record("cookie", false, "cookie.insecure", "document.cookie writes a session or token cookie from browser"
                            + " code, which can never be httpOnly", assign.line());
                }
            } else if (file.language() == Language.PYTHON && COOKIE_SETTING.matcher(left).matches()) {
                boolean off = assign.slotText("right").strip().equals("False") && !PRODUCTION_EXCLUDED.matcher(file.path()).find();
                record("cookie", !off, off ? "cookie.insecure" : "cookie.flags-set",
                        left + " = " + assign.slotText("right").strip(), assign.line());
            }
        }
    }

    private void jsCookie(Node call) {
        List<Node> args = call.args();
        if (args.isEmpty()) {
            return;
        }
        String cookieName;
        Node options = null;
        Node first = args.get(0).value();
        if (first.text().strip().startsWith("{")) {
            options = first;
            cookieName = pairValue(first, "name").orElse("");
        } else {
            cookieName = Names.stripQuotes(first.text());
            if (args.size() >= 3) {
                options = args.get(args.size() - 1).value();
            }
        }
        if (!SENSITIVE_COOKIE.matcher(cookieName).find() && !cookieName.matches("[a-z]+[A-Z]\\w*|\\w+\\.\\w+")) {
            return;
        }
        if (!SENSITIVE_COOKIE.matcher(cookieName).find()) {
            return;
        }
        judgeCookie(call, cookieName, options == null ? "" : options.text());
    }

    private void judgeCookie(Node call, String cookieName, String options) {
        List<String> missing = new ArrayList<>();
        if (!Pattern.compile("(?i)http_?only['\"]?\\s*[:=]\\s*(true|True)").matcher(options).find()) {
            missing.add("httpOnly");
        }
        if (!Pattern.compile("(?i)\\bsecure['\"]?\\s*[:=]\\s*(?!false|False)").matcher(options).find()) {
            missing.add("secure");
        }
        boolean sameSite = Pattern.compile("(?i)same_?site").matcher(options).find();
        if (missing.isEmpty()) {
            record("cookie", true, "cookie.flags-set", "cookie " + cookieName + " is httpOnly and secure"
                    + (sameSite ? " with sameSite" : ""), call.nameLine());
        } else {
            record("cookie", false, "cookie.insecure", "cookie " + cookieName + " is set without " + String.join(" and ", missing)
                    + (sameSite ? "" : " (and no sameSite)"), call.nameLine());
        }
    }

    private void pythonCookie(Node call) {
        String cookieName = call.arg(0).map(a -> Names.stripQuotes(a.text())).orElse("");
        if (cookieName.startsWith("key=")) {
            cookieName = Names.stripQuotes(cookieName.substring(4));
        }
        if (SENSITIVE_COOKIE.matcher(cookieName).find()) {
            judgeCookie(call, cookieName, call.slotText("args"));
        }
    }

    private void expressSession(Node call) {
        Matcher m = Pattern.compile("cookie\\s*:\\s*\\{([^}]*)}").matcher(call.text());
        if (m.find()) {
            judgeCookie(call, "session", m.group(1));
        }
    }

    // ---- CSRF ----

    private void csrf() {
        boolean stateless = source.contains("SessionCreationPolicy.STATELESS");
        for (Node call : file.nodes(Kind.CALL)) {
            String callee = call.callee();
            String name = call.calleeName();
            if (file.language() == Language.JAVA && (callee.endsWith("csrf().disable") || name.equals("csrf")
                    && call.slotText("args").matches("(?s).*(disable|::disable).*"))) {
                record("csrf", stateless, stateless ? "csrf.stateless" : "csrf.disabled", stateless
                        ? "CSRF protection off for a stateless (token-authenticated) API"
                        : "CSRF protection is disabled in the security configuration", call.nameLine());
            } else if (CSRF_MIDDLEWARE.matcher(name).matches() && !callee.contains(".disable")
                    && file.language() != Language.JAVA) {
                record("csrf", true, "csrf.protected", "CSRF middleware " + callee + " is installed", call.nameLine());
            } else if (name.equals("skip_before_action") && call.text().contains("verify_authenticity_token")) {
                record("csrf", false, "csrf.disabled", "skip_before_action :verify_authenticity_token turns off CSRF checks",
                        call.nameLine());
            }
        }
        for (Node decorator : file.nodes(Kind.DECORATOR)) {
            if (PyRoutes.decoratorName(decorator).equals("csrf_exempt")) {
                String view = decorator.parent().flatMap(p -> p.children().stream().filter(n -> n.is(Kind.FUNC)).findFirst())
                        .map(f -> f.slotText("name")).orElse("a view");
                record("csrf", false, "csrf.disabled", "@csrf_exempt removes CSRF protection from " + view, decorator.line());
            }
        }
        for (Node pair : file.nodes(Kind.PAIR)) {
            String key = Names.stripQuotes(pair.slotText("key"));
            if (key.equals("checkOrigin") && pair.slotText("value").strip().equals("false")) {
                record("csrf", false, "csrf.disabled", "csrf.checkOrigin = false turns off the framework's CSRF check", pair.line());
            }
        }
        if (file.language() == Language.PYTHON) {
            for (Node assign : file.nodes(Kind.ASSIGN)) {
                String left = assign.slotText("left").strip();
                if (left.equals("MIDDLEWARE") && assign.slotText("right").contains("django.")) {
                    boolean on = assign.slotText("right").contains("CsrfViewMiddleware");
                    record("csrf", on, on ? "csrf.protected" : "csrf.disabled", on ? "CsrfViewMiddleware is installed"
                            : "MIDDLEWARE leaves out django.middleware.csrf.CsrfViewMiddleware", assign.line());
                } else if (left.equals("WTF_CSRF_ENABLED") && assign.slotText("right").strip().equals("False")
                        && !PRODUCTION_EXCLUDED.matcher(file.path()).find()) {
                    record("csrf", false, "csrf.disabled", "WTF_CSRF_ENABLED = False turns off Flask-WTF CSRF checks", assign.line());
                }
            }
        }
    }

    // ---- security headers, rate limiters ----

    private void headers() {
        TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int firstLine = 0;
        for (Node str : file.nodes(Kind.STR)) {
            String literal = str.literalText();
            if (SECURITY_HEADER.matcher(literal).matches()) {
                seen.add(literal);
                firstLine = firstLine == 0 ? str.line() : firstLine;
            }
        }
        for (Node call : file.nodes(Kind.CALL)) {
            String name = call.calleeName();
            if (name.equals("helmet") || name.equals("Talisman") || name.equals("secureHeaders")
                    || file.language() == Language.JAVA && JAVA_HEADERS.matcher(name).matches()) {
                seen.add(name);
                firstLine = firstLine == 0 ? call.nameLine() : Math.min(firstLine, call.nameLine());
            }
            if (file.language() == Language.JAVA && (call.callee().endsWith("headers().disable")
                    || name.equals("headers") && call.slotText("args").matches("(?s).*\\.disable\\(\\).*|.*::disable.*")
                    && !call.slotText("args").contains("frameOptions"))) {
                record("security-headers", false, "headers.disabled", "the security configuration turns off Spring Security's"
                        + " default headers", call.nameLine());
            }
        }
        if (file.language() == Language.PYTHON) {
            for (Node assign : file.nodes(Kind.ASSIGN)) {
                String left = assign.slotText("left").strip();
                if (DJANGO_HEADERS.matcher(left).matches()
                        && !assign.slotText("right").strip().matches("0|False|None")) {
                    seen.add(left);
                    firstLine = firstLine == 0 ? assign.line() : firstLine;
                }
            }
        }
        if (!seen.isEmpty()) {
            record("security-headers", true, "headers.configured", "security headers set in code: " + String.join(", ", seen),
                    firstLine);
        }
    }

    private void rateLimiters() {
        NameList limiters = file.rules().names("web.rateLimiters");
        for (Node call : file.nodes(Kind.CALL)) {
            if (limiters.matches(call)) {
                record("rate-limit", true, "ratelimit.configured", "rate limiter " + call.callee() + " configured", call.nameLine());
                return;
            }
        }
        for (Node decorator : file.nodes(Kind.DECORATOR)) {
            if (LIMIT_DECORATOR.matcher(decorator.text()).lookingAt()) {
                record("rate-limit", true, "ratelimit.configured", "rate limit " + PyRoutes.decoratorName(decorator), decorator.line());
                return;
            }
        }
    }

    // ---- debug ----

    private void debug() {
        if (PRODUCTION_EXCLUDED.matcher(file.path()).find()) {
            return;
        }
        if (file.language() == Language.PYTHON) {
            for (Node assign : file.nodes(Kind.ASSIGN)) {
                String left = assign.slotText("left").strip();
                if ((left.equals("DEBUG") && file.path().contains("settings") || left.equals("app.debug"))
                        && assign.slotText("right").strip().equals("True")) {
                    record("debug", false, "debug.enabled", left + " = True in " + file.path()
                            + "; error pages would show code and settings in production", assign.line());
                }
            }
            for (Node call : file.nodes(Kind.CALL)) {
                if ((call.callee().endsWith("app.run") || call.calleeName().equals("FastAPI") || call.calleeName().equals("Flask"))
                        && call.slotText("args").matches("(?s).*\\bdebug\\s*=\\s*True.*")) {
                    record("debug", false, "debug.enabled", call.callee() + "(debug=True) runs with the debugger on", call.nameLine());
                }
            }
        }
        if (file.language() == Language.GO) {
            for (Node call : file.nodes(Kind.CALL)) {
                if (call.callee().equals("gin.SetMode") && call.slotText("args").contains("DebugMode")) {
                    record("debug", false, "debug.enabled", "gin.SetMode(gin.DebugMode)", call.nameLine());
                }
            }
        }
        if (file.language() == Language.PHP) {
            for (Node call : file.nodes(Kind.CALL)) {
                if (call.calleeName().equals("ini_set") && call.slotText("args").matches("(?s)\\(\\s*['\"]display_errors['\"]\\s*,\\s*['\"]?(1|On|on|true)['\"]?\\s*\\)")) {
                    record("debug", false, "debug.enabled", "ini_set('display_errors', 1) shows errors to visitors", call.nameLine());
                }
            }
        }
    }

    // ---- JWT ----

    private void jwt() {
        for (Node call : file.nodes(Kind.CALL)) {
            String callee = call.callee();
            String name = call.calleeName();
            boolean jwtLib = JWT_CALL.matcher(callee).find();
            if (jwtLib && call.args().size() >= 2) {
                Node key = call.args().get(1).value();
                hardcodedSecret(key, callee, call.nameLine());
            }
            if (file.language() == Language.JAVA && JAVA_KEYS.matcher(name).matches()) {
                call.args().stream().map(Node::value).filter(a -> a.is(Kind.STR) || a.text().matches("\"[^\"]*\"\\.getBytes\\(.*\\)"))
                        .findFirst().ifPresent(a -> secret(callee + " uses a hard-coded signing key", call.nameLine()));
            }
            if (file.language() == Language.GO && name.equals("SignedString") && call.slotText("args").contains("[]byte(\"")) {
                secret("token signed with a hard-coded key", call.nameLine());
            }
            if (file.language().ecmascript() && JWT_DECODE.matcher(callee).matches()
                    && !source.matches("(?s).*(\\.verify\\(|jwtVerify\\().*")) {
                record("jwt", false, "jwt.decode-without-verify", callee + " reads a token without checking its signature,"
                        + " and nothing in this file verifies it", call.nameLine());
            }
            if (file.language() == Language.PYTHON && name.equals("decode") && callee.contains("jwt")
                    && call.slotText("args").matches("(?s).*(verify_signature['\"]\\s*:\\s*False|verify\\s*=\\s*False).*")) {
                record("jwt", false, "jwt.decode-without-verify", callee + " is called with signature verification off",
                        call.nameLine());
            }
        }
        for (Node pair : file.nodes(Kind.PAIR)) {
            String key = Names.stripQuotes(pair.slotText("key").strip());
            String value = pair.slotText("value").strip();
            if (SECRET_KEY.matcher(key).matches() && pair.ancestor(Kind.CALL).isPresent()) {
                hardcodedSecret(pair.slotNode("value").orElse(null), pair.slotText("value"), key, pair.line());
            }
            if ((key.equals("algorithms") || key.equals("algorithm")) && value.matches("(?i).*['\"]none['\"].*")) {
                record("jwt", false, "jwt.none-algorithm", "JWT algorithm 'none' accepted: unsigned tokens pass", pair.line());
            }
        }
        for (Node assign : file.nodes(Kind.ASSIGN)) {
            String left = assign.slotText("left").strip().replaceFirst("^(export\\s+)?(const|let|var)\\s+", "");
            if (SECRET_KEY.matcher(left).matches() && assign.ancestor(Kind.FUNC).isEmpty()) {
                hardcodedSecret(assign.slotNode("right").orElse(null), assign.slotText("right"), left, assign.line());
            }
        }
    }

    private void hardcodedSecret(Node value, String where, int line) {
        hardcodedSecret(value, value == null ? "" : value.text(), where, line);
    }

    private void hardcodedSecret(Node value, String rawText, String where, int line) {
        String text = rawText.strip();
        Matcher fallback = ENV_FALLBACK.matcher(text);
        if (fallback.find()) {
            secret(where + " falls back to a hard-coded secret when " + fallback.group(1) + " is unset", line);
            return;
        }
        if (value != null && value.is(Kind.STR) && !value.interpolated()) {
            String literal = value.literalText();
            if (literal.length() >= 4 && !PLACEHOLDER_SECRET.matcher(literal).matches()) {
                secret(where + " uses a secret written in the code", line);
            }
            return;
        }
        if (text.matches("[A-Za-z_$][\\w$]*")) {
            for (Node assign : file.nodes(Kind.ASSIGN)) {
                if (assign.slotText("left").strip().equals(text) && assign.ancestor(Kind.FUNC).isEmpty()
                        && !SECRET_KEY.matcher(text).matches()) {
                    hardcodedSecret(assign.slotNode("right").orElse(null), assign.slotText("right"), where, line);
                }
            }
        }
    }

    private void secret(String message, int line) {
        record("jwt", false, "jwt.hardcoded-secret", message, line);
    }

    // ---- TLS, eval ----

    private void tls() {
        for (Node pair : file.nodes(Kind.PAIR)) {
            String key = Names.stripQuotes(pair.slotText("key").strip());
            String value = pair.slotText("value").strip();
            if ((key.equals("rejectUnauthorized") || key.equals("strictSSL") || key.equals("verify") && file.language() != Language.PYTHON)
                    && value.equals("false") || key.equals("InsecureSkipVerify") && value.equals("true")
                    || key.equals("CURLOPT_SSL_VERIFYPEER") && value.matches("false|0|FALSE")
                    || key.equals("verify") && file.language() == Language.PYTHON && value.equals("False")) {
                record("tls-verify", false, "tls.verify-disabled", key + " = " + value
                        + " turns off certificate checks; traffic can be intercepted", pair.line());
            }
        }
        for (Node assign : file.nodes(Kind.ASSIGN)) {
            String left = assign.slotText("left").strip();
            String right = Names.stripQuotes(assign.slotText("right").strip());
            if (left.endsWith("NODE_TLS_REJECT_UNAUTHORIZED") && right.equals("0")
                    || left.endsWith("verify_mode") && right.endsWith("VERIFY_NONE")
                    || left.endsWith("check_hostname") && right.equals("False")) {
                record("tls-verify", false, "tls.verify-disabled", left + " = " + right + " turns off certificate checks",
                        assign.line());
            }
        }
        for (Node call : file.nodes(Kind.CALL)) {
            String name = call.calleeName();
            if (name.equals("_create_unverified_context") || name.equals("NoopHostnameVerifier")
                    || name.equals("InsecureTrustManagerFactory") || name.equals("TrustAllStrategy")
                    || name.equals("setHostnameVerifier") && call.slotText("args").matches("(?s).*->\\s*true.*")
                    || name.equals("curl_setopt") && call.slotText("args").matches("(?s).*CURLOPT_SSL_VERIFY(PEER|HOST)\\s*,\\s*(false|0).*")) {
                record("tls-verify", false, "tls.verify-disabled", call.callee() + " accepts any certificate", call.nameLine());
            }
        }
    }

    private void eval() {
        for (Node call : file.nodes(Kind.CALL)) {
            String callee = call.callee();
            boolean js = file.language().ecmascript();
            boolean evalCall = callee.equals("eval") && file.language() != Language.JAVA && file.language() != Language.GO
                    || callee.equals("exec") && file.language() == Language.PYTHON
                    || js && (callee.equals("Function") || VM_RUN.matcher(callee).matches())
                    || callee.equals("instance_eval") && file.language() == Language.RUBY;
            if (!evalCall || call.args().isEmpty()) {
                continue;
            }
            Node arg = call.args().get(call.args().size() - 1).value();
            if (arg.is(Kind.STR) && !arg.interpolated() || StringBuild.constant(arg.text())) {
                continue;
            }
            record("eval", false, "eval.dynamic", callee + "(" + InjectionAnalysis.shorten(arg.text())
                    + ") runs code built at runtime", call.nameLine());
        }
    }

    private static Optional<String> pairValue(Node object, String key) {
        for (Node pair : object.descendants(Kind.PAIR)) {
            if (Names.stripQuotes(pair.slotText("key")).equals(key)) {
                return Optional.of(Names.stripQuotes(pair.slotText("value").strip()));
            }
        }
        return Optional.empty();
    }

    private void record(String setting, boolean safe, String rule, String message, int line) {
        index.add(new WebSettingFact(setting, message, safe, rule, file.rules().rule(rule).item(),
                Evidence.at(file.path(), line, message)));
    }
}
