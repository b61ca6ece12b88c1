package dev.prodready.workspace.live;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTagsTest {

    @Test
    void findsTagsLikeABrowserTokenizer() {
        String html = """
                <!doctype html><html><head>
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
                <SCRIPT SRC=/a.js integrity='sha384-x' async></SCRIPT>
                <script>document.write('<script src="https://inline.example/x.js"><\\/script>')</script>
                <!-- <script src="https://commented.example/x.js"></script> -->
                <textarea><script src="https://textarea.example/x.js"></script></textarea>
                <template><script src="https://template.example/x.js"></script></template>
                <noscript><img src="/pixel.gif"></noscript>
                </head><body><a href="/privacy?x=1&amp;y=2">Privacy <b>policy</b></a></body></html>
                """;
        List<HtmlTags.Tag> tags = HtmlTags.parse(html);
        List<HtmlTags.Tag> scripts = tags.stream().filter(t -> t.name().equals("script")).toList();
        assertThat(scripts).hasSize(3);
        assertThat(scripts.get(0).attribute("src")).hasValue("/a.js");
        assertThat(scripts.get(0).attribute("integrity")).hasValue("sha384-x");
        assertThat(scripts.get(0).has("async")).isTrue();
        assertThat(scripts.get(0).line()).isEqualTo(3);
        assertThat(scripts.get(1).has("src")).isFalse();
        assertThat(scripts.get(2).inTemplate()).isTrue();
        assertThat(tags).anySatisfy(t -> assertThat(t.name()).isEqualTo("img"));
        HtmlTags.Tag a = tags.stream().filter(t -> t.name().equals("a")).findFirst().orElseThrow();
        assertThat(a.attribute("href")).hasValue("/privacy?x=1&y=2");
        assertThat(a.text()).isEqualTo("Privacy policy");
        assertThat(tags.get(0).attribute("content")).hasValue("default-src 'self'");
    }

    @Test
    void brokenMarkupNeverThrows() {
        assertThat(HtmlTags.parse("<script src=\"/a.js")).isEmpty();
        assertThat(HtmlTags.parse("<a href=x>unterminated")).hasSize(1);
        assertThat(HtmlTags.parse("<<<>>> < a <!-- ")).isEmpty();
        assertThat(HtmlTags.parse("&#xZZ; <img alt=\"&#99999999;\">")).hasSize(1);
    }
}
