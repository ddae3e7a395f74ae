package org.w3id.unld.reference;

import java.util.Objects;
import org.w3id.unld.model.Mention;

/**
 * A place in a text where a country or an organization is named.
 *
 * @param start        offset of the first character of the name in the text
 * @param end          offset just after its last character
 * @param text         the name as printed ("Republic of Azerbaijan", "UNESCO")
 * @param country      the country named, or null when an organization is named
 * @param organization the organization named, or null when a country is named
 */
public record Found(int start, int end, String text, Country country, Organization organization) {

    public Found {
        Objects.requireNonNull(text, "text");
        if ((country == null) == (organization == null)) {
            throw new IllegalArgumentException("a mention names either a country or an organization");
        }
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + text);
        }
    }

    public Mention.Kind kind() {
        return country != null ? Mention.Kind.COUNTRY : Mention.Kind.ORGANIZATION;
    }

    /** The gazetteer key: ISO 3166 alpha-3 of a country, slug of an organization. */
    public String key() {
        return country != null ? country.iso3() : organization.slug();
    }

    /** The mention as the document model records it. */
    public Mention toMention() {
        return new Mention(kind(), key(), text);
    }
}
