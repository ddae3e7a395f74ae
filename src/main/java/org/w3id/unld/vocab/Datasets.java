package org.w3id.unld.vocab;

/**
 * The external datasets unld links to: the URI spaces their resources' IRIs start with, and their home pages.
 * The mapper mints links into them, the dumps describe them as VoID linkset targets, the pages name them.
 */
public final class Datasets {
    /** Wikidata entities ({@code Q227}). */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    public static final String WIKIDATA_HOME = "https://www.wikidata.org/";
    /** GeoNames features, as their Semantic Web IRIs ({@code https://sws.geonames.org/{id}/}). */
    public static final String GEONAMES_FEATURE = "https://sws.geonames.org/";
    public static final String GEONAMES_HOME = "https://www.geonames.org/";
    /** UNBIS Thesaurus concepts, as the reference tables give them. */
    public static final String UNBIS_CONCEPT = "http://metadata.un.org/thesaurus/";
    public static final String UNBIS_HOME = "https://metadata.un.org/thesaurus/";
    /** undocs.org resolves a UN document symbol to the document in the Official Document System. */
    public static final String UNDOCS = "https://undocs.org/";
    /** Library of Congress ISO 639-1 language IRIs, as UNDO uses them. */
    public static final String ISO639_1 = "http://id.loc.gov/vocabulary/iso639-1/";

    private Datasets() {
    }
}
