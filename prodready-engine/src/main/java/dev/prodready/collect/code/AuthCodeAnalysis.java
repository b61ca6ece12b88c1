package dev.prodready.collect.code;

import dev.prodready.fact.AuthSettingFact;
import dev.prodready.fact.Evidence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authentication settings written in code: password hashing (bcrypt/argon2/scrypt versus md5/sha), minimum
 * password length in validation schemas and Django validators, MFA calls, session and token lifetimes (NextAuth
 * maxAge, jwt.sign without expiresIn).
 */
final class AuthCodeAnalysis {

    private static final Pattern PASSWORD = Pattern.compile("(?i)passw(or)?d|\\bpwd\\b|\\bpass\\b");
    private static final Pattern HASHLIB = Pattern.compile("hashlib\\.(md5|sha1|sha256|sha512)");
    private static final Pattern JWT_SIGN = Pattern.compile("(jwt|jsonwebtoken)\\.sign");
    private static final Pattern WEAK_ALGORITHM = Pattern.compile("(?i)^['\"](md5|sha1|sha-1|sha256|sha-256|sha512)['\"]$");
    private static final Pattern STRONG_HASH = Pattern.compile(
            "(?i)^(bcrypt\\.(hash|hashSync|genSalt)|bcryptjs\\.hash|argon2\\.hash|hash|scrypt|scryptSync|make_password|"
                    + "generate_password_hash|password_hash|hashpw|PasswordHasher|BCryptPasswordEncoder|Argon2PasswordEncoder|"
                    + "SCryptPasswordEncoder|Pbkdf2PasswordEncoder|createDelegatingPasswordEncoder)$");
    private static final Pattern MFA = Pattern.compile(
            "(?i)(auth\\.mfa\\.(enroll|challenge|verify|challengeAndVerify)|totp\\.verify|authenticator\\.(verify|check)|"
                    + "pyotp\\.TOTP|verifyTOTP|verify_totp|otplib|speakeasy\\.totp|TOTPDevice|enableTwoFactor|twoFactor\\w*\\.enable)$");
    private static final Pattern MIN = Pattern.compile("\\.min(?:Length)?\\(\\s*(\\d+)");

    private final FileContext file;
    private final CodeIndex index;

    AuthCodeAnalysis(FileContext file, CodeIndex index) {
        this.file = file;
        this.index = index;
    }

    void run() {
        int minimum = file.rules().node("auth.minimumPasswordLength").asInt(8);
        for (Node call : file.nodes(Kind.CALL)) {
            String callee = call.callee();
            String name = call.calleeName();
            if (name.equals("createHash") && call.arg(0).map(a -> WEAK_ALGORITHM.matcher(a.text().strip()).matches()).orElse(false)
                    && PASSWORD.matcher(call.parent().map(Node::text).orElse(call.text())).find()) {
                weakHash(call, "createHash(" + call.slotText("args").replaceAll("[()]", "") + ") on a password");
            } else if (HASHLIB.matcher(callee).matches() && PASSWORD.matcher(call.slotText("args")).find()
                    || file.language() == Language.PHP && (callee.equals("md5") || callee.equals("sha1")) && PASSWORD.matcher(call.slotText("args")).find()) {
                weakHash(call, callee + "() on a password");
            } else if (name.equals("NoOpPasswordEncoder") || callee.endsWith("NoOpPasswordEncoder.getInstance")) {
                weakHash(call, "NoOpPasswordEncoder stores passwords as plain text");
            } else if (STRONG_HASH.matcher(callee).matches() && (callee.contains("crypt") || callee.contains("argon")
                    || callee.contains("scrypt") || callee.contains("password") || callee.contains("Password"))) {
                setting("password-hashing", callee, true, "authcfg.password-policy", call.nameLine(),
                        "passwords hashed with " + callee);
            } else if (MFA.matcher(callee).find()) {
                setting("mfa", callee, true, "authcfg.mfa-enabled", call.nameLine(), "MFA used in code: " + callee);
            } else if (file.language().ecmascript() && JWT_SIGN.matcher(callee).matches()) {
                String args = call.slotText("args");
                if (!args.contains("expiresIn") && !args.matches("(?s).*\\bexp\\s*:.*")) {
                    setting("jwt-expiry", "none", false, "authcfg.long-sessions", call.nameLine(),
                            callee + " issues a token with no expiresIn: it never expires");
                }
            }
        }
        for (Node pair : file.nodes(Kind.PAIR)) {
            String key = Names.stripQuotes(pair.slotText("key").strip());
            String value = pair.slotText("value");
            if (PASSWORD.matcher(key).find() && !key.toLowerCase().contains("confirm")) {
                Matcher m = MIN.matcher(value);
                String owner = pair.ancestor(Kind.ASSIGN).map(a -> a.slotText("left")).orElse("");
                boolean signIn = Pattern.compile("(?i)login|signin|sign_in|credential").matcher(owner).find();
                if (m.find() && !signIn && Integer.parseInt(m.group(1)) > 1
                        && (value.contains("string()") || value.contains("string(") || value.contains("yup") || value.contains("z."))) {
                    int len = Integer.parseInt(m.group(1));
                    boolean ok = len >= minimum;
                    setting("password-min-length", String.valueOf(len), ok, ok ? "authcfg.password-policy"
                            : "authcfg.weak-password-policy", pair.line(), "password schema requires at least " + len
                            + " characters" + (ok ? "" : " (below " + minimum + ")"));
                }
            }
            if (key.equals("maxAge") && pair.ancestor(Kind.PAIR).map(p -> Names.stripQuotes(p.slotText("key")).matches("session|jwt"))
                    .orElse(false)) {
                long seconds = seconds(value);
                if (seconds > 0) {
                    boolean ok = seconds <= 30L * 24 * 3600;
                    setting("session-timeout", seconds + "s", ok, ok ? "authcfg.session-limits" : "authcfg.long-sessions",
                            pair.line(), "session maxAge " + (seconds / 86400) + " day(s)");
                }
            }
        }
        if (file.language() == Language.PYTHON) {
            for (Node assign : file.nodes(Kind.ASSIGN)) {
                if (assign.slotText("left").strip().equals("AUTH_PASSWORD_VALIDATORS")) {
                    String right = assign.slotText("right");
                    Matcher m = Pattern.compile("min_length['\"]?\\s*[:=]\\s*(\\d+)").matcher(right);
                    int len = right.contains("MinimumLengthValidator") ? (m.find() ? Integer.parseInt(m.group(1)) : 8) : 0;
                    boolean ok = len >= minimum;
                    setting("password-min-length", String.valueOf(len), ok, ok ? "authcfg.password-policy"
                            : "authcfg.weak-password-policy", assign.line(), len == 0
                            ? "AUTH_PASSWORD_VALIDATORS has no MinimumLengthValidator" : "Django requires " + len + " characters");
                }
            }
        }
    }

    /** Seconds of a maxAge expression: 86400, 30 * 24 * 60 * 60. */
    static long seconds(String expression) {
        String e = expression.replaceAll("[\\s_]", "");
        if (!e.matches("[\\d*]+")) {
            return -1;
        }
        long product = 1;
        for (String factor : e.split("\\*")) {
            if (factor.isEmpty()) {
                return -1;
            }
            product *= Long.parseLong(factor);
        }
        return product;
    }

    private void weakHash(Node call, String message) {
        setting("password-hashing", call.callee(), false, "authcfg.weak-hash", call.nameLine(),
                message + "; fast hashes are cracked offline in hours, use bcrypt, scrypt or argon2");
    }

    private void setting(String setting, String value, boolean safe, String rule, int line, String message) {
        index.add(new AuthSettingFact("code", setting, value, safe, rule, file.rules().rule(rule).item(),
                Evidence.at(file.path(), line, message)));
    }
}
