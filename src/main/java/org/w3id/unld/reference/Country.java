package org.w3id.unld.reference;

import java.util.List;
import java.util.Map;

/**
 * A Member State, observer State or other country or area, with the codes that link it to other graphs.
 *
 * @param iso3       ISO 3166-1 alpha-3, upper case ("AZE"); the key of the country's IRI (lower-cased)
 * @param iso2       ISO 3166-1 alpha-2, upper case ("AZ")
 * @param m49        UN M49 numeric code, three digits ("031")
 * @param shortName  UNTERM English short name ("Azerbaijan")
 * @param formalName UNTERM English formal name ("the Republic of Azerbaijan"), or null for an area
 *                   UNTERM does not list (the short name is then the M49 name)
 * @param wikidata   Wikidata id ("Q227"), or null
 * @param geonames   GeoNames id ("587116"), or null
 * @param unbis      UNBIS Thesaurus concept IRI of the country, or null
 * @param capital    capital city's English name, or null (none, or disputed: see SOURCES.md)
 * @param status     member, observer or other
 * @param aliases    further names that denote this country and no other, as printed in documents
 * @param adjectives nationality adjectives that denote this country unambiguously ("Azerbaijani")
 * @param shortNames its short name in each official language of the UN, by ISO 639-1 code ("fr": "Azerbaïdjan"):
 *                   UNTERM's, or the M49 name for an area UNTERM does not list; "en" is {@code shortName}
 */
public record Country(String iso3, String iso2, String m49, String shortName, String formalName,
                      String wikidata, String geonames, String unbis, String capital, Status status,
                      List<String> aliases, List<String> adjectives, Map<String, String> shortNames) {

    public Country {
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        shortNames = Map.copyOf(shortNames);
        if (!shortName.equals(shortNames.get(UnLanguages.ENGLISH))) {
            throw new IllegalArgumentException(iso3 + ": the English short name is not " + shortName);
        }
    }

    /** Its short name in an official language of the UN (ISO 639-1 code), or null when the table has none. */
    public String shortName(String language) {
        return shortNames.get(language);
    }

    public enum Status { MEMBER, OBSERVER, OTHER }
}
