package dev.prodready.live;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class CookieJarTest {

    private static final URI SITE = URI.create("https://app.example.com/account/settings");

    @Test
    void readsFlagsAndSameSite() {
        CookieJar.Cookie c = CookieJar.parse("sid=abc; Secure; HttpOnly; SameSite=Lax; Path=/", SITE).orElseThrow();
        assertThat(c.secure()).isTrue();
        assertThat(c.httpOnly()).isTrue();
        assertThat(c.sameSite()).hasValue("lax");
        assertThat(c.hostOnly()).isTrue();
        assertThat(CookieJar.parse("a=1; SameSite=sometimes", SITE).orElseThrow().sameSite()).isEmpty();
    }

    @Test
    void rejectsNamelessCookiesForeignDomainsAndPublicSuffixes() {
        assertThat(CookieJar.parse("novalue", SITE)).isEmpty();
        assertThat(CookieJar.parse("=1", SITE)).isEmpty();
        assertThat(CookieJar.parse("a=1; Domain=other.com", SITE)).isEmpty();
        assertThat(CookieJar.parse("a=1; Domain=com", SITE)).isEmpty();
        assertThat(CookieJar.parse("a=1; Domain=127.0.0.1", URI.create("https://127.0.0.1/"))).isEmpty();
        assertThat(CookieJar.parse("a=1; Domain=.example.com", SITE)).hasValueSatisfying(c ->
                assertThat(c.domain()).isEqualTo("example.com"));
    }

    @Test
    void enforcesCookiePrefixes() {
        assertThat(CookieJar.parse("__Secure-a=1", SITE)).isEmpty();
        assertThat(CookieJar.parse("__Secure-a=1; Secure", SITE)).isPresent();
        assertThat(CookieJar.parse("__Host-a=1; Secure", SITE)).as("default path is /account").isEmpty();
        assertThat(CookieJar.parse("__Host-a=1; Secure; Path=/", SITE)).isPresent();
        assertThat(CookieJar.parse("__Host-a=1; Secure; Path=/; Domain=example.com", SITE)).isEmpty();
    }

    @Test
    void aLaterCookieReplacesTheSameNameDomainAndPath() {
        CookieJar jar = new CookieJar();
        jar.set("a=1", SITE);
        jar.set("b=2", SITE);
        jar.set("a=3; Secure", SITE);
        assertThat(jar.all()).extracting(CookieJar.Cookie::name).containsExactly("a", "b");
        assertThat(jar.all().get(0).secure()).isTrue();
    }
}
