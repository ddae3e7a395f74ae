package org.w3id.unld.model;

/**
 * A country, organization or place that the text names. A mention is attributed to the document
 * that makes it; it is never a statement about the world.
 *
 * @param kind   what is named
 * @param key    the gazetteer key of what is named (ISO 3166 alpha-3 for a country, a slug for an organization or place)
 * @param asPrinted the words of the text
 */
public record Mention(Kind kind, String key, String asPrinted) {
    public enum Kind { COUNTRY, ORGANIZATION, PLACE }
}
