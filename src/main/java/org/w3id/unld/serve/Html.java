package org.w3id.unld.serve;

/**
 * Writes HTML in which every string is escaped: text and attribute values go through {@link #escape},
 * and only the constant tag names and attribute names of this code are written as they are. A title
 * holding {@code <script>} shows as text.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code <tag name="value" …>}; {@code attributes} alternate names (constants) and values (escaped); a null value drops the attribute. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /**
     * {@code <script type="application/ld+json">} holding JSON: '<', '>' and '&' (which JSON has only inside strings)
     * become JSON escapes (backslash, u, four hex digits), so that no string of the data can close the script element.
     */
    Html jsonLd(String json) {
        out.append("<script type=\"application/ld+json\">")
                .append(json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
                .append("</script>");
        return this;
    }

    /** Markup written by this code, never data. */
    Html markup(String constant) {
        out.append(constant);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
