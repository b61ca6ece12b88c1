package dev.prodready.collect.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The visible text of app pages, line for line. */
class PageTextTest {

    private static List<String> lines(String path, String source) {
        return PageText.of(path, source).text().lines().toList();
    }

    @Test
    void jsxTextAndHeadingsStayOnTheirLinesWhileTagsClassesAndImportsGo() {
        List<String> out = lines("app/privacy/page.tsx", """
                import Link from "next/link";
                export const metadata = { title: "Privacy policy - Acme" };

                export default function Page() {
                  return (
                    <main className="prose mx-auto py-12">
                      <h1>Privacy policy</h1>
                      <p>
                        We collect your email address &amp; name.{" "}
                        <Link href="/contact">Contact us</Link>
                      </p>
                      {/* a comment that is not shown */}
                      <Section title="Your rights">You can ask for a copy.</Section>
                      <Section title="Contact">
                        Write to us.
                      </Section>
                    </main>
                  );
                }
                """);
        assertThat(out).hasSize(19);
        assertThat(out.get(0)).isEmpty();
        assertThat(out.get(1)).isEqualTo("Privacy policy - Acme");
        assertThat(out.get(5)).isEmpty();
        assertThat(out.get(6)).isEqualTo("# Privacy policy");
        assertThat(out.get(8)).isEqualTo("We collect your email address & name.");
        assertThat(out.get(9)).isEqualTo("Contact us");
        assertThat(out.get(11)).isEmpty();
        assertThat(out.get(12)).isEqualTo("Your rights You can ask for a copy."); // a heading cannot share its line
        assertThat(out.get(13)).isEqualTo("## Contact");
        assertThat(out.get(14)).isEqualTo("Write to us.");
    }

    @Test
    void proseInDataArraysIsKeptButClassNamesAndKeysAreNot() {
        List<String> out = lines("app/subprocessors/page.tsx", """
                const vendors = [
                  { name: "Stripe", purpose: "Payment processing", location: "United States", kind: "payments" },
                ];
                const cls = cn("text-sm font-medium", "mt-4");
                export default function Page() {
                  return <table>{vendors.map((v) => <tr key={v.name}><td>{v.name}</td></tr>)}</table>;
                }
                """);
        assertThat(out.get(1)).isEqualTo("Stripe Payment processing United States");
        assertThat(out.get(3)).isEmpty();
        assertThat(out.get(5)).isEmpty();
    }

    @Test
    void templatesLoseTheirTagsScriptsAndTemplateSyntax() {
        List<String> out = lines("templates/privacy.html", """
                {% extends "base.html" %}
                {% block content %}
                <h2 class="title">Privacy</h2>
                <script>var x = "Not shown";</script>
                <p>Coming soon. {{ company_name }}</p>
                <!-- hidden -->
                {% endblock %}
                """);
        assertThat(out.get(0)).isEmpty();
        assertThat(out.get(2)).isEqualTo("## Privacy");
        assertThat(out.get(3)).isEmpty();
        assertThat(out.get(4)).isEqualTo("Coming soon.");
        assertThat(out.get(5)).isEmpty();
    }

    @Test
    void pagesThatRenderTextKeptElsewhereSaySo() {
        assertThat(PageText.of("app/privacy/page.tsx", """
                import Policy from "@/content/privacy.mdx";
                export default function Page() { return <Policy />; }
                """).delegates()).isTrue();
        assertThat(PageText.of("app/privacy/page.tsx", """
                export default function Page() { return <p>Coming soon</p>; }
                """).delegates()).isFalse();
    }

    @Test
    void proseIsWordsNotCode() {
        assertThat(PageText.prose("Payment processing")).isTrue();
        assertThat(PageText.prose("Stripe")).isTrue();
        assertThat(PageText.prose("payments")).isFalse();
        assertThat(PageText.prose("mx-auto max-w-3xl")).isFalse();
        assertThat(PageText.prose("use client")).isFalse();
        assertThat(PageText.prose("/privacy")).isFalse();
    }
}
