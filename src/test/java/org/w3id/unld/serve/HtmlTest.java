package org.w3id.unld.serve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every string from the data is escaped, in text and in attributes. */
class HtmlTest {
    @Test
    void textIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>",
                new Html().element("p", "<script>alert(1)</script> & more").toString());
    }

    @Test
    void attributeValuesAreEscaped() {
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\" title=\"&#39;t&#39;\">x</a>",
                new Html().link("/x?a=1&b=\"2\"", "x", "title", "'t'").toString());
    }

    @Test
    void aNullAttributeIsLeftOut() {
        assertEquals("<input type=\"search\">", new Html().open("input", "type", "search", "value", null).toString());
    }
}
